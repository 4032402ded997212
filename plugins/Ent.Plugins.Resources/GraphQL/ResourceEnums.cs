using Ent.Plugins.Resources.Domain;
using GraphQL.Types;

namespace Ent.Plugins.Resources.GraphQL;

internal sealed class ResourceKindType : EnumerationGraphType<ResourceKind>
{
    public ResourceKindType()
    {
        Name = "ResourceKind";
        Description = "What a resource holds.";
        Values["FILE"]!.Description = "An uploaded file, with versions.";
        Values["LINK"]!.Description = "A link to an external http(s) address.";
    }
}

internal sealed class ResourceRightType : EnumerationGraphType<ResourceRight>
{
    public ResourceRightType()
    {
        Name = "ResourceRight";
        Description = "What a share allows; each right includes the ones before it.";
        Values["READ"]!.Description = "List, read and download the resource and its versions; follow it.";
        Values["CONTRIBUTE"]!.Description = "Also upload new versions and edit the title, description, subject, level and tags.";
        Values["MANAGE"]!.Description = "Also share, unshare and move the resource to its owner's trash.";
    }
}

/// <summary>The fields a resource list can be ordered by.</summary>
internal enum ResourceOrderField
{
    Title,
    CreatedAt,
    UpdatedAt,
}
