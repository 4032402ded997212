using Ent.Plugins.Absences.Domain;

namespace Ent.Plugins.Absences.Tests.Domain;

// Dates of January 2026: the 5th is a Monday, the 7th a Wednesday, the 10th a Saturday.
public sealed class AbsenceCounterTests
{
    private static readonly SchoolDay Day = SchoolDay.Default;

    [Fact]
    public void One_missed_lesson_counts_one_half_day_and_its_length()
    {
        var counts = AbsenceCounter.Count([Lesson(5, 8, 0, 9, 0)], Day);

        Assert.Equal(1, counts.HalfDays);
        Assert.Equal(1, counts.UnjustifiedHalfDays);
        Assert.Equal(60, counts.AbsenceMinutes);
        Assert.Equal(60, counts.UnjustifiedAbsenceMinutes);
    }

    [Fact]
    public void Two_lessons_of_one_morning_count_one_half_day_unjustified_when_either_is()
    {
        var counts = AbsenceCounter.Count([Lesson(5, 8, 0, 9, 0), Lesson(5, 10, 0, 11, 0, justified: true)], Day);

        Assert.Equal(1, counts.HalfDays);
        Assert.Equal(1, counts.UnjustifiedHalfDays);
        Assert.Equal(0, counts.JustifiedHalfDays);
        Assert.Equal(120, counts.AbsenceMinutes);
        Assert.Equal(60, counts.UnjustifiedAbsenceMinutes);
        Assert.Equal(60, counts.JustifiedAbsenceMinutes);
    }

    [Fact]
    public void A_half_day_whose_absences_are_all_justified_is_justified()
    {
        var counts = AbsenceCounter.Count([Lesson(5, 8, 0, 9, 0, justified: true), Lesson(5, 14, 0, 15, 0)], Day);

        Assert.Equal(2, counts.HalfDays);
        Assert.Equal(1, counts.JustifiedHalfDays);
        Assert.Equal(1, counts.UnjustifiedHalfDays);
    }

    [Fact]
    public void A_whole_day_recorded_by_staff_counts_two_half_days_and_eight_hours()
    {
        var counts = AbsenceCounter.Count([Span(5, 0, 0, 5, 23, 59)], Day);

        Assert.Equal(2, counts.HalfDays);
        Assert.Equal(8 * 60, counts.AbsenceMinutes);
    }

    [Fact]
    public void A_span_over_a_wednesday_skips_its_afternoon()
    {
        // Tuesday 6th 8:00 to Thursday 8th 17:30: 2 + 1 + 2 half-days, 8 + 4 + 8 hours.
        var counts = AbsenceCounter.Count([Span(6, 8, 0, 8, 17, 30)], Day);

        Assert.Equal(5, counts.HalfDays);
        Assert.Equal(20 * 60, counts.AbsenceMinutes);
    }

    [Fact]
    public void A_span_over_a_weekend_skips_it()
    {
        // Friday 9th 8:00 to Monday 12th 12:00: Friday's two half-days and Monday morning.
        var counts = AbsenceCounter.Count([Span(9, 8, 0, 12, 12, 0)], Day);

        Assert.Equal(3, counts.HalfDays);
        Assert.Equal(12 * 60, counts.AbsenceMinutes);
    }

    [Fact]
    public void A_span_starting_mid_morning_counts_from_its_start()
    {
        // Monday 10:15 to 15:00: 1h45 of morning and 1h30 of afternoon.
        var counts = AbsenceCounter.Count([Span(5, 10, 15, 5, 15, 0)], Day);

        Assert.Equal(2, counts.HalfDays);
        Assert.Equal(105 + 90, counts.AbsenceMinutes);
    }

    [Fact]
    public void A_lesson_inside_a_staff_span_is_counted_once()
    {
        var counts = AbsenceCounter.Count([Span(5, 8, 0, 5, 17, 30), Lesson(5, 9, 0, 10, 0, justified: true)], Day);

        Assert.Equal(2, counts.HalfDays);
        Assert.Equal(2, counts.UnjustifiedHalfDays);
        Assert.Equal(480, counts.AbsenceMinutes);
        Assert.Equal(480, counts.UnjustifiedAbsenceMinutes);
    }

    [Fact]
    public void Unjustified_time_inside_a_justified_span_stays_unjustified()
    {
        var counts = AbsenceCounter.Count([Span(5, 8, 0, 5, 17, 30, justified: true), Lesson(5, 9, 0, 10, 0)], Day);

        Assert.Equal(2, counts.HalfDays);
        Assert.Equal(1, counts.UnjustifiedHalfDays);
        Assert.Equal(480, counts.AbsenceMinutes);
        Assert.Equal(60, counts.UnjustifiedAbsenceMinutes);
    }

    [Fact]
    public void A_lunchtime_lesson_ending_when_the_afternoon_starts_belongs_to_the_morning()
    {
        var counts = AbsenceCounter.Count([Lesson(5, 12, 30, 13, 30)], Day);

        Assert.Equal(1, counts.HalfDays);
        Assert.Equal(60, counts.AbsenceMinutes);
    }

    [Fact]
    public void A_lesson_across_the_half_day_boundary_counts_both_half_days()
    {
        var counts = AbsenceCounter.Count([Lesson(5, 13, 0, 14, 0)], Day);

        Assert.Equal(2, counts.HalfDays);
        Assert.Equal(60, counts.AbsenceMinutes);
    }

    [Fact]
    public void A_saturday_lesson_from_a_roll_call_counts()
    {
        var counts = AbsenceCounter.Count([Lesson(10, 9, 0, 11, 0)], Day);

        Assert.Equal(1, counts.HalfDays);
        Assert.Equal(120, counts.AbsenceMinutes);
    }

    [Fact]
    public void Latenesses_are_counted_apart_and_add_no_half_day()
    {
        var counts = AbsenceCounter.Count(
            [Late(5, 8, 0, 5), Late(6, 8, 0, 10, justified: true), Other(AbsenceEventKind.EarlyDeparture, 6), Other(AbsenceEventKind.Incident, 7)],
            Day);

        Assert.Equal(0, counts.HalfDays);
        Assert.Equal(0, counts.AbsenceMinutes);
        Assert.Equal(2, counts.Latenesses);
        Assert.Equal(1, counts.UnjustifiedLatenesses);
        Assert.Equal(1, counts.JustifiedLatenesses);
        Assert.Equal(15, counts.LateMinutes);
        Assert.Equal(1, counts.EarlyDepartures);
        Assert.Equal(1, counts.Incidents);
    }

    [Fact]
    public void A_school_day_of_its_own_changes_hours_and_boundary()
    {
        var day = new SchoolDay(new TimeOnly(8, 30), new TimeOnly(12, 30), new TimeOnly(14, 0), new TimeOnly(17, 0));

        var counts = AbsenceCounter.Count([Span(5, 0, 0, 5, 23, 59), Lesson(6, 13, 0, 14, 0)], day);

        // Monday: 4h + 3h over two half-days; Tuesday: a 13:00 lesson ends when the afternoon starts.
        Assert.Equal(3, counts.HalfDays);
        Assert.Equal(420 + 60, counts.AbsenceMinutes);
    }

    [Fact]
    public void Dates_outside_the_span_are_not_counted()
    {
        var counts = AbsenceCounter.Count([Lesson(5, 8, 0, 9, 0), Lesson(12, 8, 0, 9, 0), Late(19, 8, 0, 5)], Day, new DateOnly(2026, 1, 6), new DateOnly(2026, 1, 18));

        Assert.Equal(1, counts.HalfDays);
        Assert.Equal(0, counts.Latenesses);
    }

    [Fact]
    public void A_span_across_two_months_is_split_by_month()
    {
        // Friday 30 January 8:00 to Monday 2 February 17:30.
        var span = new CountedEvent(AbsenceEventKind.Absence, new DateTime(2026, 1, 30, 8, 0, 0), new DateTime(2026, 2, 2, 17, 30, 0), FromRollCall: false, CountsAsJustified: false);

        var months = AbsenceCounter.CountByMonth([span, Late(5, 8, 0, 5)], Day);

        Assert.Collection(
            months,
            january =>
            {
                Assert.Equal(new DateOnly(2026, 1, 1), january.Month);
                Assert.Equal(2, january.Counts.HalfDays);
                Assert.Equal(480, january.Counts.AbsenceMinutes);
                Assert.Equal(1, january.Counts.Latenesses);
            },
            february =>
            {
                Assert.Equal(new DateOnly(2026, 2, 1), february.Month);
                Assert.Equal(2, february.Counts.UnjustifiedHalfDays);
                Assert.Equal(480, february.Counts.AbsenceMinutes);
                Assert.Equal(0, february.Counts.Latenesses);
            });
    }

    [Fact]
    public void No_event_counts_nothing()
    {
        Assert.Equal(AbsenceCounts.None, AbsenceCounter.Count([], Day));
        Assert.Empty(AbsenceCounter.CountByMonth([], Day));
    }

    internal static CountedEvent Lesson(int day, int startHour, int startMinute, int endHour, int endMinute, bool justified = false) =>
        new(AbsenceEventKind.Absence, new DateTime(2026, 1, day, startHour, startMinute, 0), new DateTime(2026, 1, day, endHour, endMinute, 0), FromRollCall: true, justified);

    internal static CountedEvent Span(int startDay, int startHour, int startMinute, int endDay, int endHour, int endMinute, bool justified = false) =>
        new(AbsenceEventKind.Absence, new DateTime(2026, 1, startDay, startHour, startMinute, 0), new DateTime(2026, 1, endDay, endHour, endMinute, 0), FromRollCall: false, justified);

    private static CountedEvent Late(int day, int hour, int minute, int minutes, bool justified = false)
    {
        var start = new DateTime(2026, 1, day, hour, minute, 0);
        return new(AbsenceEventKind.Lateness, start, start.AddMinutes(minutes), FromRollCall: true, justified, minutes);
    }

    private static CountedEvent Other(AbsenceEventKind kind, int day)
    {
        var at = new DateTime(2026, 1, day, 15, 0, 0);
        return new(kind, at, at, FromRollCall: false, CountsAsJustified: false);
    }
}
