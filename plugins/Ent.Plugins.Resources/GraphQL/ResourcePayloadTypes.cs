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

internal sealed class UploadResourcePayloadType : ResourcePayloadTypeBase
{
    public UploadResourcePayloadType()
        : base("UploadResourcePayload", "The result of uploading a file resource.") => ResourceField();
}

internal sealed class CreateLinkResourcePayloadType : ResourcePayloadTypeBase
{
    public CreateLinkResourcePayloadType()
        : base("CreateLinkResourcePayload", "The result of creating a link.") => ResourceField();
}

internal sealed class UpdateResourcePayloadType : ResourcePayloadTypeBase
{
    public UpdateResourcePayloadType()
        : base("UpdateResourcePayload", "The result of editing a resource.") => ResourceField();
}

internal sealed class MoveResourcePayloadType : ResourcePayloadTypeBase
{
    public MoveResourcePayloadType()
        : base("MoveResourcePayload", "The result of moving a resource to a folder.") => ResourceField();
}

internal sealed class UnshareResourcePayloadType : ResourcePayloadTypeBase
{
    public UnshareResourcePayloadType()
        : base("UnshareResourcePayload", "The result of taking a share back.") => ResourceField();
}

internal sealed class DeleteResourcePayloadType : ResourcePayloadTypeBase
{
    public DeleteResourcePayloadType()
        : base("DeleteResourcePayload", "The result of moving a resource to its owner's trash.") => ResourceField();
}

internal sealed class RestoreResourcePayloadType : ResourcePayloadTypeBase
{
    public RestoreResourcePayloadType()
        : base("RestoreResourcePayload", "The result of bringing a resource back from the trash.") => ResourceField();
}

internal sealed class FollowResourcePayloadType : ResourcePayloadTypeBase
{
    public FollowResourcePayloadType()
        : base("FollowResourcePayload", "The result of following or unfollowing a resource.") => ResourceField();
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

internal sealed class CreateResourceFolderPayloadType : ResourcePayloadTypeBase
{
    public CreateResourceFolderPayloadType()
        : base("CreateResourceFolderPayload", "The result of creating a folder.") =>
        Field<ResourceFolderType>("folder").Description("The new folder; null on failure.").Resolve(context => context.Source.Folder);
}

internal sealed class RenameResourceFolderPayloadType : ResourcePayloadTypeBase
{
    public RenameResourceFolderPayloadType()
        : base("RenameResourceFolderPayload", "The result of renaming a folder.") =>
        Field<ResourceFolderType>("folder").Description("The folder, as it is now; null on failure.").Resolve(context => context.Source.Folder);
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
