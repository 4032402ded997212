namespace Ent.Plugins.Absences.Domain;

/// <summary>A pupil's counts over a span of dates. See <see cref="AbsenceCounter"/> for the method.</summary>
/// <param name="HalfDays">The half-days with at least one absence.</param>
/// <param name="UnjustifiedHalfDays">The half-days with at least one absence not justified by a valid reason.</param>
/// <param name="AbsenceMinutes">The minutes of absence, overlaps counted once.</param>
/// <param name="UnjustifiedAbsenceMinutes">The minutes covered by an absence not justified by a valid reason.</param>
/// <param name="Latenesses">The latenesses.</param>
/// <param name="UnjustifiedLatenesses">The latenesses not justified by a valid reason.</param>
/// <param name="LateMinutes">The minutes of all latenesses.</param>
/// <param name="EarlyDepartures">The early departures.</param>
/// <param name="Incidents">The incidents.</param>
internal sealed record AbsenceCounts(
    int HalfDays,
    int UnjustifiedHalfDays,
    int AbsenceMinutes,
    int UnjustifiedAbsenceMinutes,
    int Latenesses,
    int UnjustifiedLatenesses,
    int LateMinutes,
    int EarlyDepartures,
    int Incidents)
{
    /// <summary>Gets the counts of a pupil with no event.</summary>
    public static AbsenceCounts None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Gets the half-days whose every absence is justified by a valid reason.</summary>
    public int JustifiedHalfDays => HalfDays - UnjustifiedHalfDays;

    /// <summary>Gets the minutes of absence justified by a valid reason only.</summary>
    public int JustifiedAbsenceMinutes => AbsenceMinutes - UnjustifiedAbsenceMinutes;

    /// <summary>Gets the latenesses justified by a valid reason.</summary>
    public int JustifiedLatenesses => Latenesses - UnjustifiedLatenesses;
}

/// <summary>A pupil's counts over one calendar month.</summary>
/// <param name="Month">The first day of the month.</param>
/// <param name="Counts">The counts of the month.</param>
internal sealed record MonthlyAbsenceCounts(DateOnly Month, AbsenceCounts Counts);
