namespace Ent.Directory;

/// <summary>
/// Someone in the directory: a pupil, a relative, a teacher, staff or a guest, through their profiles.
/// People absent from a new directory import are deactivated, never deleted, so their history stays.
/// </summary>
public sealed class Person
{
    /// <summary>Gets or sets the key.</summary>
    public Guid Id { get; set; }

    /// <summary>Gets or sets the tenant.</summary>
    public required string TenantId { get; set; }

    /// <summary>Gets or sets the identifier the directory feed gives the person, unique in the tenant.</summary>
    public required string ExternalId { get; set; }

    /// <summary>Gets or sets the first name.</summary>
    public required string FirstName { get; set; }

    /// <summary>Gets or sets the last name.</summary>
    public required string LastName { get; set; }

    /// <summary>Gets or sets the e-mail address, if known.</summary>
    public string? Email { get; set; }

    /// <summary>Gets or sets the date of birth, if known (pupils).</summary>
    public DateOnly? BirthDate { get; set; }

    /// <summary>Gets or sets whether the person is in the latest directory import.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>Gets or sets whether the person administers the tenant: its bouquet and settings, not pupils' records.</summary>
    public bool IsTenantAdministrator { get; set; }
}
