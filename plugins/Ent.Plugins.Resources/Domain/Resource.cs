namespace Ent.Plugins.Resources.Domain;

/// <summary>
/// A teaching resource: a file (with its versions) or a link, owned by the person who created it, published in
/// one school and shared with classes, groups or people of that school.
/// </summary>
internal sealed class Resource
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    /// <summary>Gets or sets the school the resource is published in: its quota counts it, its members may be shared with.</summary>
    public Guid SchoolId { get; set; }

    public Guid OwnerId { get; set; }

    /// <summary>Gets or sets the owner's folder holding the resource, or <see langword="null"/> for the owner's root.</summary>
    public Guid? FolderId { get; set; }

    public ResourceKind Kind { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public Guid? SubjectId { get; set; }

    /// <summary>Gets or sets the level it is meant for, such as <c>4e</c>, as classes name theirs.</summary>
    public string? Level { get; set; }

    /// <summary>Gets or sets the address of a link; <see langword="null"/> for a file.</summary>
    public string? Url { get; set; }

    /// <summary>Gets or sets the title, description and tags folded to lowercase without accents, for text search.</summary>
    public string SearchText { get; set; } = string.Empty;

    /// <summary>Gets or sets the latest version of a file; <see langword="null"/> for a link.</summary>
    public Guid? CurrentVersionId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Gets or sets when the resource was moved to its owner's trash, or <see langword="null"/>.</summary>
    public DateTimeOffset? TrashedAt { get; set; }

    public List<ResourceTag> Tags { get; set; } = [];

    public List<ResourceVersion> Versions { get; set; } = [];

    public List<ResourceShare> Shares { get; set; } = [];
}

/// <summary>What a resource holds.</summary>
internal enum ResourceKind
{
    /// <summary>An uploaded file, with versions.</summary>
    File,

    /// <summary>A link to an external http(s) address.</summary>
    Link,
}

/// <summary>A tag of a resource, folded to lowercase.</summary>
internal sealed class ResourceTag
{
    public Guid ResourceId { get; set; }

    public required string Tag { get; set; }
}
