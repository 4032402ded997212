namespace Ent.Directory;

/// <summary>
/// A trimester or semester of a school year, for the whole school or for one class that divides its year
/// differently.
/// </summary>
public sealed class Period
{
    /// <summary>Gets or sets the key.</summary>
    public Guid Id { get; set; }

    /// <summary>Gets or sets the tenant.</summary>
    public required string TenantId { get; set; }

    /// <summary>Gets or sets the school.</summary>
    public Guid SchoolId { get; set; }

    /// <summary>Gets or sets the school year.</summary>
    public Guid SchoolYearId { get; set; }

    /// <summary>Gets or sets the class the period is specific to, or <see langword="null"/> for the whole school.</summary>
    public Guid? ClassId { get; set; }

    /// <summary>Gets or sets the name, such as <c>Trimestre 1</c>.</summary>
    public required string Name { get; set; }

    /// <summary>Gets or sets whether it is a trimester or a semester.</summary>
    public PeriodKind Kind { get; set; }

    /// <summary>Gets or sets the rank in the year, from 1.</summary>
    public int Number { get; set; }

    /// <summary>Gets or sets the first day.</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>Gets or sets the last day.</summary>
    public DateOnly EndDate { get; set; }

    /// <summary>Gets or sets the last day teachers may enter marks and comments.</summary>
    public DateOnly EntryClosesOn { get; set; }

    /// <summary>Gets or sets the day of the class council, if set.</summary>
    public DateOnly? CouncilDate { get; set; }

    /// <summary>Gets or sets the day report cards are shown to families, if set.</summary>
    public DateOnly? ReportCardsPublishedOn { get; set; }
}
