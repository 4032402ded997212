namespace Ent.Plugins.Forum.Domain;

/// <summary>A school's forum settings. A school without a row has the defaults.</summary>
internal sealed class SchoolForumSettings
{
    public required string TenantId { get; set; }

    public Guid SchoolId { get; set; }

    /// <summary>
    /// Gets or sets whether relatives read the categories of their children's school, classes and groups.
    /// Off by default: a school opens its forum to families deliberately.
    /// </summary>
    public bool RelativesCanRead { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public Guid UpdatedById { get; set; }
}
