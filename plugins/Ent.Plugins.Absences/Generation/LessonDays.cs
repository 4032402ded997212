namespace Ent.Plugins.Absences.Generation;

/// <summary>
/// The days generated data has lessons on: Monday to Friday, outside public holidays and, in 2026-2027 (the
/// year of the demo and synthetic directories), outside the school holidays of zone B, which includes the
/// académie d'Orléans-Tours. Wednesday afternoons have no lessons (see the timetable).
/// </summary>
internal static class LessonDays
{
    // The first and last day of each holiday, Saturday to Sunday.
    private static readonly (DateOnly First, DateOnly Last)[] Holidays =
    [
        (new(2026, 10, 17), new(2026, 11, 1)),
        (new(2026, 12, 19), new(2027, 1, 3)),
        (new(2027, 2, 20), new(2027, 3, 7)),
        (new(2027, 4, 17), new(2027, 5, 2)),
        (new(2027, 5, 6), new(2027, 5, 9)),
        (new(2027, 7, 3), new(2027, 8, 31)),
    ];

    /// <summary>Tells whether a date has lessons.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> on a school day.</returns>
    public static bool HasLessons(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !IsPublicHoliday(date)
        && !Array.Exists(Holidays, holiday => date >= holiday.First && date <= holiday.Last);

    /// <summary>Lists the dates with lessons within a span, in order.</summary>
    /// <param name="first">The first date.</param>
    /// <param name="last">The last date.</param>
    /// <returns>The dates.</returns>
    public static IReadOnlyList<DateOnly> Between(DateOnly first, DateOnly last)
    {
        var dates = new List<DateOnly>();
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            if (HasLessons(date))
            {
                dates.Add(date);
            }
        }

        return dates;
    }

    private static bool IsPublicHoliday(DateOnly date)
    {
        if ((date.Month, date.Day) is (1, 1) or (5, 1) or (5, 8) or (7, 14) or (8, 15) or (11, 1) or (11, 11) or (12, 25))
        {
            return true;
        }

        var easter = Easter(date.Year);
        return date == easter.AddDays(1) || date == easter.AddDays(39) || date == easter.AddDays(50);
    }

    // Easter Sunday of the Gregorian calendar (the anonymous algorithm).
    private static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
