namespace Ent.Plugins.Grades.Domain;

/// <summary>Keeps class statistics from revealing a classmate's mark.</summary>
internal static class StatisticsPrivacy
{
    /// <summary>
    /// The fewest values a statistic must cover to be shown to someone who may not see each of them. With
    /// four marks, a student who knows their own and sees the average, minimum and maximum can work out the
    /// last one; from five on, they cannot.
    /// </summary>
    public const int MinimumCount = 5;

    /// <summary>Returns the statistics if the viewer may see them, else <see langword="null"/>.</summary>
    /// <param name="statistics">The statistics, if any.</param>
    /// <param name="seesEveryValue">Whether the viewer may see each value behind them (a teacher of the class, staff).</param>
    /// <returns>The statistics or <see langword="null"/>.</returns>
    public static Statistics? Disclose(Statistics? statistics, bool seesEveryValue) =>
        statistics is not null && (seesEveryValue || statistics.Count >= MinimumCount) ? statistics : null;
}
