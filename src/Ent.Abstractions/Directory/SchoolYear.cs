namespace Ent.Directory;

/// <summary>A school's year, such as 2026-2027.</summary>
public sealed class SchoolYear
{
    /// <summary>Gets or sets the key.</summary>
    public Guid Id { get; set; }

    /// <summary>Gets or sets the tenant.</summary>
    public required string TenantId { get; set; }

    /// <summary>Gets or sets the school.</summary>
    public Guid SchoolId { get; set; }

    /// <summary>Gets or sets the name, such as <c>2026-2027</c>.</summary>
    public required string Name { get; set; }

    /// <summary>Gets or sets the first day.</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>Gets or sets the last day.</summary>
    public DateOnly EndDate { get; set; }
}
