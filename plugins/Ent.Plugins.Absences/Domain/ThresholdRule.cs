namespace Ent.Plugins.Absences.Domain;

/// <summary>A threshold of unjustified half-days over a window.</summary>
/// <param name="Window">The window.</param>
/// <param name="UnjustifiedHalfDays">The number of unjustified half-days that raises the alert.</param>
internal sealed record ThresholdRule(ThresholdWindow Window, int UnjustifiedHalfDays)
{
    /// <summary>Gets the rule of schools that set none: four unjustified half-days in a month, the French legal threshold.</summary>
    public static IReadOnlyList<ThresholdRule> Defaults { get; } = [new(ThresholdWindow.Month, 4)];
}

/// <summary>A threshold a pupil has just reached.</summary>
/// <param name="Window">The window.</param>
/// <param name="WindowStart">The first day of the window.</param>
/// <param name="Threshold">The threshold reached.</param>
/// <param name="UnjustifiedHalfDays">The pupil's unjustified half-days in the window.</param>
internal sealed record ThresholdCrossing(ThresholdWindow Window, DateOnly WindowStart, int Threshold, int UnjustifiedHalfDays);

/// <summary>Finds the thresholds a pupil reaches, each once per window.</summary>
internal static class ThresholdEvaluator
{
    /// <summary>
    /// Lists the alerts to raise: for each window touched by a change and each rule, when the pupil's
    /// unjustified half-days in the window reach the rule and no alert was raised for that window and rule.
    /// An alert is raised once: later absences in the same window, or counts that fall and rise again, raise
    /// no other.
    /// </summary>
    /// <param name="events">The pupil's events, after the change.</param>
    /// <param name="day">The school's day.</param>
    /// <param name="rules">The school's rules.</param>
    /// <param name="changedDates">The dates the change touched.</param>
    /// <param name="alreadyRaised">The alerts raised before, as window, window start and threshold.</param>
    /// <returns>The crossings, by window then threshold.</returns>
    public static IReadOnlyList<ThresholdCrossing> FindCrossings(
        IReadOnlyCollection<CountedEvent> events,
        SchoolDay day,
        IReadOnlyList<ThresholdRule> rules,
        IEnumerable<DateOnly> changedDates,
        IReadOnlySet<(ThresholdWindow Window, DateOnly WindowStart, int Threshold)> alreadyRaised)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(changedDates);
        ArgumentNullException.ThrowIfNull(alreadyRaised);
        var crossings = new List<ThresholdCrossing>();
        foreach (var month in changedDates.Select(AbsenceCounter.MonthOf).Distinct().Order())
        {
            var monthRules = rules.Where(rule => rule.Window == ThresholdWindow.Month).Select(rule => rule.UnjustifiedHalfDays).Distinct().Order().ToList();
            if (monthRules.Count == 0)
            {
                continue;
            }

            var counts = AbsenceCounter.Count(events, day, month, month.AddMonths(1).AddDays(-1));
            crossings.AddRange(monthRules
                .Where(threshold => counts.UnjustifiedHalfDays >= threshold && !alreadyRaised.Contains((ThresholdWindow.Month, month, threshold)))
                .Select(threshold => new ThresholdCrossing(ThresholdWindow.Month, month, threshold, counts.UnjustifiedHalfDays)));
        }

        return crossings;
    }
}
