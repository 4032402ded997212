namespace Ent.Directory;

/// <summary>A role a person holds in a school. A person may hold several, in several schools.</summary>
public sealed class Profile
{
    /// <summary>Gets or sets the key.</summary>
    public Guid Id { get; set; }

    /// <summary>Gets or sets the tenant.</summary>
    public required string TenantId { get; set; }

    /// <summary>Gets or sets the person.</summary>
    public Guid PersonId { get; set; }

    /// <summary>Gets or sets the school.</summary>
    public Guid SchoolId { get; set; }

    /// <summary>Gets or sets the role.</summary>
    public ProfileKind Kind { get; set; }

    /// <summary>Gets or sets whether the person administers the school in the ENT.</summary>
    public bool IsSchoolAdministrator { get; set; }

    /// <summary>Gets or sets the position of staff, such as <c>CPE</c> or <c>Principal</c>.</summary>
    public string? Position { get; set; }

    /// <summary>Gets or sets whether the profile is in the latest directory import.</summary>
    public bool IsActive { get; set; } = true;
}
