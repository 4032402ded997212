using Ent.Plugins.Absences.Domain;
using static Ent.Plugins.Absences.Tests.Domain.AbsenceCounterTests;

namespace Ent.Plugins.Absences.Tests.Domain;

public sealed class ThresholdEvaluatorTests
{
    private static readonly DateOnly January = new(2026, 1, 1);
    private static readonly HashSet<(ThresholdWindow, DateOnly, int)> NoneRaised = [];

    [Fact]
    public void Three_unjustified_half_days_raise_nothing()
    {
        var events = new[] { Lesson(5, 8, 0, 9, 0), Lesson(5, 14, 0, 15, 0), Lesson(6, 8, 0, 9, 0) };

        Assert.Empty(Evaluate(events, NoneRaised, 6));
    }

    [Fact]
    public void The_fourth_unjustified_half_day_of_a_month_raises_the_default_alert()
    {
        var events = new[] { Lesson(5, 8, 0, 9, 0), Lesson(5, 14, 0, 15, 0), Lesson(6, 8, 0, 9, 0), Lesson(6, 14, 0, 15, 0) };

        var crossing = Assert.Single(Evaluate(events, NoneRaised, 6));

        Assert.Equal(new ThresholdCrossing(ThresholdWindow.Month, January, 4, 4), crossing);
    }

    [Fact]
    public void Later_absences_of_the_month_raise_it_no_more()
    {
        var events = new[] { Lesson(5, 8, 0, 9, 0), Lesson(5, 14, 0, 15, 0), Lesson(6, 8, 0, 9, 0), Lesson(6, 14, 0, 15, 0), Lesson(8, 8, 0, 9, 0) };

        Assert.Empty(Evaluate(events, new HashSet<(ThresholdWindow, DateOnly, int)> { (ThresholdWindow.Month, January, 4) }, 8));
    }

    [Fact]
    public void Justified_half_days_do_not_count_towards_it()
    {
        var events = new[] { Lesson(5, 8, 0, 9, 0), Lesson(5, 14, 0, 15, 0), Lesson(6, 8, 0, 9, 0), Lesson(6, 14, 0, 15, 0, justified: true) };

        Assert.Empty(Evaluate(events, NoneRaised, 6));
    }

    [Fact]
    public void Each_month_has_its_own_alert()
    {
        var february = new DateOnly(2026, 2, 1);
        var events = Enumerable.Range(2, 2)
            .SelectMany(day => new[] { At(february.AddDays(day - 1), 8), At(february.AddDays(day - 1), 14) })
            .ToList();

        var crossing = Assert.Single(Evaluate(events, new HashSet<(ThresholdWindow, DateOnly, int)> { (ThresholdWindow.Month, January, 4) }, 3, february));

        Assert.Equal(february, crossing.WindowStart);
    }

    [Fact]
    public void A_span_may_cross_several_thresholds_at_once()
    {
        // Monday 5th to Friday 9th: 9 school half-days.
        var events = new[] { Span(5, 8, 0, 9, 17, 30) };
        var rules = new[] { new ThresholdRule(ThresholdWindow.Month, 4), new ThresholdRule(ThresholdWindow.Month, 8), new ThresholdRule(ThresholdWindow.Month, 10) };

        var crossings = ThresholdEvaluator.FindCrossings(events, SchoolDay.Default, rules, [new DateOnly(2026, 1, 5)], NoneRaised);

        Assert.Equal([4, 8], crossings.Select(c => c.Threshold));
        Assert.All(crossings, c => Assert.Equal(9, c.UnjustifiedHalfDays));
    }

    private static IReadOnlyList<ThresholdCrossing> Evaluate(IReadOnlyCollection<CountedEvent> events, IReadOnlySet<(ThresholdWindow, DateOnly, int)> raised, int changedDay, DateOnly? month = null) =>
        ThresholdEvaluator.FindCrossings(events, SchoolDay.Default, ThresholdRule.Defaults, [(month ?? January).AddDays(changedDay - 1)], raised);

    private static CountedEvent At(DateOnly date, int hour) =>
        new(AbsenceEventKind.Absence, date.ToDateTime(new TimeOnly(hour, 0)), date.ToDateTime(new TimeOnly(hour + 1, 0)), FromRollCall: true, CountsAsJustified: false);
}
