namespace Ent.Plugins.Absences.Domain;

/// <summary>A number of unjustified half-days over a window that raises an alert when reached.</summary>
internal sealed class AbsenceThreshold
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public Guid SchoolId { get; set; }

    public ThresholdWindow Window { get; set; }

    public int UnjustifiedHalfDays { get; set; }
}
