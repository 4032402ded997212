namespace Ent.Plugins.Forum.Domain;

/// <summary>
/// A forum category, attached to a school, a class or a teaching group, whose members by default read and
/// contribute to it (see <see cref="CategoryAccess"/>).
/// </summary>
internal sealed class ForumCategory
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public Guid SchoolId { get; set; }

    public CategoryScope Scope { get; set; }

    /// <summary>Gets or sets the class of a <see cref="CategoryScope.Class"/> category.</summary>
    public Guid? ClassId { get; set; }

    /// <summary>Gets or sets the teaching group of a <see cref="CategoryScope.Group"/> category.</summary>
    public Guid? GroupId { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    /// <summary>Gets or sets whether students' messages wait for a moderator's approval before others see them.</summary>
    public bool RequiresApproval { get; set; }

    public Guid CreatedById { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>What a category is attached to, which decides its members.</summary>
internal enum CategoryScope
{
    /// <summary>The whole school.</summary>
    School,

    /// <summary>One class.</summary>
    Class,

    /// <summary>One teaching group.</summary>
    Group,
}
