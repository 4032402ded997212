using Ent.Directory;

namespace Ent.Plugins.Grades.Domain;

/// <summary>
/// The periods of a class, chosen in memory among periods loaded for several classes at once, by the rules
/// of <see cref="SchoolCalendar"/>.
/// </summary>
internal static class ClassPeriods
{
    /// <summary>
    /// The periods that apply to a class: its own for a school year when it has any, else its school's, as
    /// <see cref="SchoolCalendar.PeriodsOfClass"/>.
    /// </summary>
    /// <param name="candidates">Periods that include the class's own and its school's.</param>
    /// <param name="classId">The class.</param>
    /// <param name="schoolId">The class's school.</param>
    /// <returns>The periods, in order.</returns>
    public static IReadOnlyList<Period> Of(IEnumerable<Period> candidates, Guid classId, Guid schoolId)
    {
        var all = candidates as IReadOnlyCollection<Period> ?? [.. candidates];
        var own = all.Where(p => p.ClassId == classId).ToList();
        var ownYears = own.Select(p => p.SchoolYearId).ToHashSet();
        return [.. own
            .Concat(all.Where(p => p.ClassId == null && p.SchoolId == schoolId && !ownYears.Contains(p.SchoolYearId)))
            .OrderBy(p => p.StartDate)];
    }

    /// <summary>
    /// The period in progress, as <see cref="SchoolCalendar.CurrentPeriodOfClassAsync"/>: the last one started
    /// by <paramref name="today"/>, so between two periods the one that just ended; null before the first.
    /// </summary>
    /// <param name="periods">The periods of the class.</param>
    /// <param name="today">Today, in French time.</param>
    /// <returns>The period, or <see langword="null"/>.</returns>
    public static Period? Current(IEnumerable<Period> periods, DateOnly today) =>
        periods.Where(p => p.StartDate <= today).MaxBy(p => p.StartDate);
}
