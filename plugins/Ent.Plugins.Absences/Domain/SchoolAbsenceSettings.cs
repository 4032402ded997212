namespace Ent.Plugins.Absences.Domain;

/// <summary>A school's school-day hours, which counting uses; a school without one uses the defaults.</summary>
internal sealed class SchoolAbsenceSettings
{
    public Guid SchoolId { get; set; }

    public required string TenantId { get; set; }

    public TimeOnly MorningStartsAt { get; set; }

    public TimeOnly MorningEndsAt { get; set; }

    public TimeOnly AfternoonStartsAt { get; set; }

    public TimeOnly AfternoonEndsAt { get; set; }
}
