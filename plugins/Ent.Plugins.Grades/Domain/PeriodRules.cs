using Ent.Directory;

namespace Ent.Plugins.Grades.Domain;

/// <summary>When a period takes marks and comments, and when its report cards reach families.</summary>
internal static class PeriodRules
{
    /// <summary>Marks, evaluations and teachers' comments are written until the end-of-entry day, included.</summary>
    public static bool IsOpenForEntry(Period period, DateOnly today) => today <= period.EntryClosesOn;

    /// <summary>
    /// The council's opinion is written until the class council, included, which usually meets after entry
    /// closes; without a council date, until entry closes.
    /// </summary>
    public static bool IsOpenForOpinion(Period period, DateOnly today) =>
        today <= (period.CouncilDate is { } council && council > period.EntryClosesOn ? council : period.EntryClosesOn);

    /// <summary>Students and relatives see the report card from its publication day, once it is set.</summary>
    public static bool IsReportCardPublished(Period period, DateOnly today) =>
        period.ReportCardsPublishedOn is { } published && today >= published;
}
