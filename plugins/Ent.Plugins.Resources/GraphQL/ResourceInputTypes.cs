using Ent.GraphQL;
using GraphQL.Types;

namespace Ent.Plugins.Resources.GraphQL;

internal sealed class CreateResourceFolderInputType : InputObjectGraphType
{
    public CreateResourceFolderInputType()
    {
        Name = "CreateResourceFolderInput";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The folder's name.");
        Field<IdGraphType>("parentId").Description("The viewer's folder to create it in; the root when absent.");
    }
}

internal sealed class RenameResourceFolderInputType : InputObjectGraphType
{
    public RenameResourceFolderInputType()
    {
        Name = "RenameResourceFolderInput";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The viewer's folder.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The new name.");
    }
}

internal sealed class DeleteResourceFolderInputType : InputObjectGraphType
{
    public DeleteResourceFolderInputType()
    {
        Name = "DeleteResourceFolderInput";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The viewer's folder; it must hold no folder and no resource out of the trash.");
    }
}

internal sealed class UploadResourceInputType : InputObjectGraphType
{
    public UploadResourceInputType()
    {
        Name = "UploadResourceInput";
        Field<NonNullGraphType<UploadGraphType>>("file").Description("The file, as a part of the multipart request.");
        ResourceFields.Add(this, titleRequired: true);
    }
}

internal sealed class CreateLinkResourceInputType : InputObjectGraphType
{
    public CreateLinkResourceInputType()
    {
        Name = "CreateLinkResourceInput";
        Field<NonNullGraphType<StringGraphType>>("url").Description("An absolute http or https address.");
        ResourceFields.Add(this, titleRequired: true);
    }
}

internal sealed class UpdateResourceInputType : InputObjectGraphType
{
    public UpdateResourceInputType()
    {
        Name = "UpdateResourceInput";
        Description = "The fields to change; those absent keep their value, and a null clears an optional one.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The resource; the viewer needs the CONTRIBUTE right.");
        Field<StringGraphType>("url").Description("A link's new address.");
        Field<StringGraphType>("title").Description("The new title.");
        Field<StringGraphType>("description").Description("The new description.");
        Field<IdGraphType>("subjectId").Description("The new subject, of the resource's school.");
        Field<StringGraphType>("level").Description("The new level.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags").Description("The new tags, replacing the old ones.");
    }
}

internal sealed class MoveResourceInputType : InputObjectGraphType
{
    public MoveResourceInputType()
    {
        Name = "MoveResourceInput";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The viewer's own resource.");
        Field<IdGraphType>("folderId").Description("The viewer's folder to move it to; the root when null.");
    }
}

internal sealed class UploadResourceVersionInputType : InputObjectGraphType
{
    public UploadResourceVersionInputType()
    {
        Name = "UploadResourceVersionInput";
        Field<NonNullGraphType<IdGraphType>>("resourceId").Description("The file resource; the viewer needs the CONTRIBUTE right.");
        Field<NonNullGraphType<UploadGraphType>>("file").Description("The new file, as a part of the multipart request.");
        Field<StringGraphType>("comment").Description("What changed.");
    }
}

internal sealed class ShareResourceInputType : InputObjectGraphType
{
    public ShareResourceInputType()
    {
        Name = "ShareResourceInput";
        Field<NonNullGraphType<IdGraphType>>("resourceId").Description("The resource; the viewer needs the MANAGE right.");
        Field<NonNullGraphType<IdGraphType>>("targetId").Description("A Class, TeachingGroup or Person of the resource's school.");
        Field<NonNullGraphType<ResourceRightType>>("right").Description("The right to give; sharing again with the same target changes it.");
    }
}

internal sealed class UnshareResourceInputType : InputObjectGraphType
{
    public UnshareResourceInputType()
    {
        Name = "UnshareResourceInput";
        Field<NonNullGraphType<IdGraphType>>("resourceId").Description("The resource; the viewer needs the MANAGE right.");
        Field<NonNullGraphType<IdGraphType>>("targetId").Description("The Class, TeachingGroup or Person to take the share back from.");
    }
}

internal sealed class DeleteResourceInputType : InputObjectGraphType
{
    public DeleteResourceInputType()
    {
        Name = "DeleteResourceInput";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The resource; the viewer needs the MANAGE right.");
    }
}

internal sealed class RestoreResourceInputType : InputObjectGraphType
{
    public RestoreResourceInputType()
    {
        Name = "RestoreResourceInput";
        Field<NonNullGraphType<IdGraphType>>("id").Description("One of the viewer's resources in their trash.");
    }
}

internal sealed class FollowResourceInputType : InputObjectGraphType
{
    public FollowResourceInputType()
    {
        Name = "FollowResourceInput";
        Field<NonNullGraphType<IdGraphType>>("id").Description("A resource the viewer may read.");
        Field<NonNullGraphType<BooleanGraphType>>("follow").Description("True to hear of its new versions, false to stop.").DefaultValue(true);
    }
}

/// <summary>The descriptive fields that creating a file or a link share.</summary>
internal static class ResourceFields
{
    public static void Add(InputObjectGraphType type, bool titleRequired)
    {
        if (titleRequired)
        {
            type.Field<NonNullGraphType<StringGraphType>>("title").Description("The title.");
        }

        type.Field<StringGraphType>("description").Description("What it is about, for whom, how to use it.");
        type.Field<IdGraphType>("subjectId").Description("The subject, of the resource's school.");
        type.Field<StringGraphType>("level").Description("The level it is meant for, such as 4e.");
        type.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags").Description("Tags to find it by.");
        type.Field<IdGraphType>("folderId").Description("The viewer's folder to put it in; the root when absent.");
        type.Field<IdGraphType>("schoolId").Description("The school to publish it in; needed only when the viewer belongs to several.");
    }
}
