namespace Ent.Plugins.Absences.Generation;

/// <summary>How often things happen to a pupil of one habit.</summary>
/// <param name="IllnessPerWeek">The chance, each week, of falling ill for one to three days.</param>
/// <param name="AppointmentPerWeek">The chance, each week, of missing a half-day for an appointment or a family reason.</param>
/// <param name="SkippedAfternoonPerWeek">The chance, each week, of skipping an afternoon.</param>
/// <param name="SkippedLesson">The chance of skipping a lesson.</param>
/// <param name="LateHalfDay">The chance of coming late to the first lesson of a half-day.</param>
/// <param name="IncidentPerWeek">The chance, each week, of an incident.</param>
/// <param name="EarlyDeparturePerWeek">The chance, each week, of leaving early.</param>
internal sealed record HabitRates(
    double IllnessPerWeek,
    double AppointmentPerWeek,
    double SkippedAfternoonPerWeek,
    double SkippedLesson,
    double LateHalfDay,
    double IncidentPerWeek,
    double EarlyDeparturePerWeek);

/// <summary>
/// How a school's pupils attend: most are assiduous, some fragile (often ill, sometimes late), a few truant;
/// and how many lessons without an absence or lateness get a roll call in the data.
/// </summary>
/// <param name="FragileShare">The share of fragile pupils.</param>
/// <param name="TruantShare">The share of truant pupils.</param>
/// <param name="Assiduous">The rates of assiduous pupils.</param>
/// <param name="Fragile">The rates of fragile pupils.</param>
/// <param name="Truant">The rates of truant pupils.</param>
/// <param name="EmptyRollCalls">The share of lessons where everyone was on time that get a roll call.</param>
internal sealed record AttendanceRates(double FragileShare, double TruantShare, HabitRates Assiduous, HabitRates Fragile, HabitRates Truant, double EmptyRollCalls)
{
    /// <summary>
    /// Gets rates of a French collège: most absences are illnesses of one to three days, about one a year for
    /// most pupils; a pupil misses about one lesson in forty, and about one pupil in thirty reaches four
    /// unjustified half-days each month. That is about 0.6 events a week per pupil.
    /// </summary>
    public static AttendanceRates Typical { get; } = new(
        FragileShare: 0.15,
        TruantShare: 0.05,
        Assiduous: new(IllnessPerWeek: 0.025, AppointmentPerWeek: 0.015, SkippedAfternoonPerWeek: 0, SkippedLesson: 0, LateHalfDay: 0.005, IncidentPerWeek: 0.002, EarlyDeparturePerWeek: 0.003),
        Fragile: new(IllnessPerWeek: 0.07, AppointmentPerWeek: 0.03, SkippedAfternoonPerWeek: 0.01, SkippedLesson: 0.003, LateHalfDay: 0.02, IncidentPerWeek: 0.01, EarlyDeparturePerWeek: 0.008),
        Truant: new(IllnessPerWeek: 0.04, AppointmentPerWeek: 0.02, SkippedAfternoonPerWeek: 0.25, SkippedLesson: 0.025, LateHalfDay: 0.06, IncidentPerWeek: 0.05, EarlyDeparturePerWeek: 0.008),
        EmptyRollCalls: 0.2);

    /// <summary>Gets rates of a calm class whose every lesson has its roll call: the demo's background.</summary>
    public static AttendanceRates Calm { get; } = new(
        FragileShare: 0,
        TruantShare: 0,
        Assiduous: new(IllnessPerWeek: 0.015, AppointmentPerWeek: 0.01, SkippedAfternoonPerWeek: 0, SkippedLesson: 0, LateHalfDay: 0.004, IncidentPerWeek: 0, EarlyDeparturePerWeek: 0),
        Fragile: new(0, 0, 0, 0, 0, 0, 0),
        Truant: new(0, 0, 0, 0, 0, 0, 0),
        EmptyRollCalls: 1);
}
