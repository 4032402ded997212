namespace Ent.Plugins.Absences.Domain;

/// <summary>A threshold a pupil reached in a window; raised once per pupil, window and threshold.</summary>
internal sealed class AbsenceAlert
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public Guid SchoolId { get; set; }

    public Guid StudentId { get; set; }

    public ThresholdWindow Window { get; set; }

    /// <summary>Gets or sets the first day of the window, such as the first of the month.</summary>
    public DateOnly WindowStart { get; set; }

    public int Threshold { get; set; }

    /// <summary>Gets or sets the pupil's unjustified half-days in the window when the alert was raised.</summary>
    public int UnjustifiedHalfDays { get; set; }

    public DateTimeOffset RaisedAt { get; set; }
}
