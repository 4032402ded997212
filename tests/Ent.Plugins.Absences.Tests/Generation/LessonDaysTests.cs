using Ent.Plugins.Absences.Generation;

namespace Ent.Plugins.Absences.Tests.Generation;

public sealed class LessonDaysTests
{
    [Theory]
    [InlineData("2026-09-01", true)] // The first day of the year, a Tuesday.
    [InlineData("2026-11-09", true)]
    [InlineData("2026-11-11", false)] // Armistice.
    [InlineData("2026-11-14", false)] // A Saturday.
    [InlineData("2026-10-20", false)] // Toussaint holidays.
    [InlineData("2026-11-02", true)] // Back from them.
    [InlineData("2027-01-04", true)]
    [InlineData("2027-03-01", false)] // Winter holidays, zone B.
    [InlineData("2027-03-29", false)] // Easter Monday.
    [InlineData("2027-05-07", false)] // The Friday after Ascension.
    [InlineData("2027-05-17", false)] // Whit Monday.
    [InlineData("2027-07-02", true)] // The last day of lessons.
    public void Lessons_take_place_on_weekdays_outside_holidays(string date, bool hasLessons) =>
        Assert.Equal(hasLessons, LessonDays.HasLessons(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_autumn_of_2026_has_fifty_three_days_of_lessons()
    {
        var dates = LessonDays.Between(new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 27));

        Assert.Equal(53, dates.Count);
        Assert.Equal(new DateOnly(2026, 10, 16), dates[33]);
        Assert.Equal(new DateOnly(2026, 11, 2), dates[34]);
    }
}
