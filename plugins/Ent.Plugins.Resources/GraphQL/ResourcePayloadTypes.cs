using Ent.GraphQL;
using Ent.Plugins.Resources.Domain;
using GraphQL.Types;

namespace Ent.Plugins.Resources.GraphQL;

/// <summary>What a resources mutation returns: what it changed, or why it changed nothing.</summary>
internal sealed record ResourcePayload(IReadOnlyList<UserError> Errors)
{
    public Resource? Resource { get; init; }

    public ResourceVersion? Version { get; init; }

    public ResourceShare? Share { get; init; }

    public ResourceFolder? Folder { get; init; }

    public string? DeletedFolderId { get; init; }

    public int DeletedCount { get; init; }

    public long FreedBytes { get; init; }

    public static ResourcePayload Fail(UserError error) => new([error]);

    public static ResourcePayload Fail(string code, string message, params string[] field) => new([new UserError(code, message, field.Length == 0 ? null : field)]);
}

internal abstract class ResourcePayloadTypeBase : ObjectGraphType<ResourcePayload>
{
    protected ResourcePayloadTypeBase(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("Why nothing was written; empty on success.")
            .Resolve(context => context.Source.Errors);
    }

    protected void ResourceField() =>
        Field<ResourceType>("resource").Description("The resource, as it is now; null on failure.").Resolve(context => context.Source.Resource);
}

internal sealed class ResourcePayloadType : ResourcePayloadTypeBase
{
    public ResourcePayloadType()
        : base("ResourcePayload", "The result of a mutation on one resource.")
    {
        ResourceField();
    }
}

internal sealed class UploadResourceVersionPayloadType : ResourcePayloadTypeBase
{
    public UploadResourceVersionPayloadType()
        : base("UploadResourceVersionPayload", "The result of uploading a new version.")
    {
        ResourceField();
        Field<ResourceVersionType>("version").Description("The new version; null on failure.").Resolve(context => context.Source.Version);
    }
}

internal sealed class ShareResourcePayloadType : ResourcePayloadTypeBase
{
    public ShareResourcePayloadType()
        : base("ShareResourcePayload", "The result of sharing a resource.")
    {
        ResourceField();
        Field<ResourceShareType>("share").Description("The share given or changed; null on failure.").Resolve(context => context.Source.Share);
    }
}

internal sealed class ResourceFolderPayloadType : ResourcePayloadTypeBase
{
    public ResourceFolderPayloadType()
        : base("ResourceFolderPayload", "The result of creating or renaming a folder.")
    {
        Field<ResourceFolderType>("folder").Description("The folder, as it is now; null on failure.").Resolve(context => context.Source.Folder);
    }
}

internal sealed class DeleteResourceFolderPayloadType : ResourcePayloadTypeBase
{
    public DeleteResourceFolderPayloadType()
        : base("DeleteResourceFolderPayload", "The result of deleting a folder.")
    {
        Field<IdGraphType>("deletedFolderId").Description("The ID of the deleted folder; null on failure.").Resolve(context => context.Source.DeletedFolderId);
    }
}

internal sealed class EmptyResourceTrashPayloadType : ResourcePayloadTypeBase
{
    public EmptyResourceTrashPayloadType()
        : base("EmptyResourceTrashPayload", "The result of emptying the trash.")
    {
        Field<NonNullGraphType<IntGraphType>>("deletedCount").Description("How many resources were deleted for good.").Resolve(context => context.Source.DeletedCount);
        Field<NonNullGraphType<LongGraphType>>("freedBytes").Description("The bytes given back to the quotas.").Resolve(context => context.Source.FreedBytes);
    }
}
