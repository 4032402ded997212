namespace Ent.Plugins.Absences.Domain;

/// <summary>A half of a school day.</summary>
internal enum HalfDayPart
{
    /// <summary>Before the afternoon starts.</summary>
    Morning,

    /// <summary>From the afternoon's start.</summary>
    Afternoon,
}

/// <summary>A half-day (demi-journée) of a given date.</summary>
/// <param name="Date">The date.</param>
/// <param name="Part">The half.</param>
internal readonly record struct HalfDay(DateOnly Date, HalfDayPart Part);

/// <summary>
/// The hours of a school's day, in French wall-clock time. The afternoon's start is the boundary between
/// the two half-days; the four times also bound the school time that a span recorded by staff covers.
/// </summary>
/// <param name="MorningStartsAt">When the first lesson of the morning starts.</param>
/// <param name="MorningEndsAt">When the last lesson of the morning ends.</param>
/// <param name="AfternoonStartsAt">When the afternoon starts: the half-day boundary.</param>
/// <param name="AfternoonEndsAt">When the last lesson of the afternoon ends.</param>
internal sealed record SchoolDay(TimeOnly MorningStartsAt, TimeOnly MorningEndsAt, TimeOnly AfternoonStartsAt, TimeOnly AfternoonEndsAt)
{
    /// <summary>Gets the hours used when a school has not set its own: 8:00–12:00 and 13:30–17:30.</summary>
    public static SchoolDay Default { get; } = new(new TimeOnly(8, 0), new TimeOnly(12, 0), new TimeOnly(13, 30), new TimeOnly(17, 30));

    /// <summary>Gets the school day of a school's settings, or the default.</summary>
    /// <param name="settings">The school's settings, if any.</param>
    /// <returns>The school day.</returns>
    public static SchoolDay From(SchoolAbsenceSettings? settings) => settings is null
        ? Default
        : new SchoolDay(settings.MorningStartsAt, settings.MorningEndsAt, settings.AfternoonStartsAt, settings.AfternoonEndsAt);

    /// <summary>
    /// Tells whether a half-day is school time for spans recorded by staff: Monday to Friday, except
    /// Wednesday afternoon. A roll call proves its own lesson took place, whatever the day.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <param name="part">The half.</param>
    /// <returns><see langword="true"/> for school time.</returns>
    public static bool IsSchoolTime(DateOnly date, HalfDayPart part) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday or DayOfWeek.Sunday => false,
        DayOfWeek.Wednesday => part == HalfDayPart.Morning,
        _ => true,
    };

    /// <summary>Gets whether the four times are in order.</summary>
    public bool IsValid => MorningStartsAt < MorningEndsAt && MorningEndsAt <= AfternoonStartsAt && AfternoonStartsAt < AfternoonEndsAt;

    /// <summary>Gets the school time of one half of a date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="part">The half.</param>
    /// <returns>Its start and end.</returns>
    public (DateTime Start, DateTime End) Window(DateOnly date, HalfDayPart part) => part == HalfDayPart.Morning
        ? (date.ToDateTime(MorningStartsAt), date.ToDateTime(MorningEndsAt))
        : (date.ToDateTime(AfternoonStartsAt), date.ToDateTime(AfternoonEndsAt));

    /// <summary>Gets the half-days a stretch of time within one date touches.</summary>
    /// <param name="start">The start.</param>
    /// <param name="end">The end, on the same date.</param>
    /// <returns>The morning, the afternoon, or both.</returns>
    public IEnumerable<HalfDay> HalfDaysOf(DateTime start, DateTime end)
    {
        var date = DateOnly.FromDateTime(start);
        var boundary = date.ToDateTime(AfternoonStartsAt);
        if (start < boundary)
        {
            yield return new HalfDay(date, HalfDayPart.Morning);
        }

        if (end > boundary)
        {
            yield return new HalfDay(date, HalfDayPart.Afternoon);
        }
    }
}
