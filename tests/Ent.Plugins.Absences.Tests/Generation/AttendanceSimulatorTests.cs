using Ent.Plugins.Absences.Domain;
using Ent.Plugins.Absences.Generation;
using Ent.Testing;

namespace Ent.Plugins.Absences.Tests.Generation;

// One collège of 300 pupils played from the first day of the year to Friday 27 November 2026.
public sealed class AttendanceSimulatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.FromHours(1));
    private static readonly SchoolRoster School = SchoolRoster.Of(SyntheticDirectories.Generate("synthetic", 1, 300, 11))[0];
    private static readonly IReadOnlyList<DateOnly> Dates = LessonDays.Between(new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 27));
    private static readonly AbsenceRows Rows = Simulate(seed: 5);

    [Fact]
    public void The_same_seed_gives_the_same_rows_and_another_seed_other_rows()
    {
        var again = Simulate(seed: 5);
        var other = Simulate(seed: 6);

        Assert.Equal(Rows.Events.Select(e => (e.Id, e.StudentId, e.Kind, e.StartsAt, e.State)), again.Events.Select(e => (e.Id, e.StudentId, e.Kind, e.StartsAt, e.State)));
        Assert.Equal(Rows.Justifications.Select(j => (j.Id, j.Status, j.SubmittedAt)), again.Justifications.Select(j => (j.Id, j.Status, j.SubmittedAt)));
        Assert.NotEqual(Rows.Events.Select(e => e.Id), other.Events.Select(e => e.Id));
    }

    [Fact]
    public void A_pupil_has_an_event_every_two_weeks_or_so_and_a_few_cross_the_threshold()
    {
        var pupilWeeks = School.Pupils.Count * Dates.Count / 5.0;

        Assert.InRange(Rows.Events.Count / pupilWeeks, 0.4, 0.8);
        Assert.InRange(Rows.Alerts.Count, School.Pupils.Count / 100, School.Pupils.Count / 8);
        Assert.Contains(Rows.Events, e => e.Kind == AbsenceEventKind.Lateness);
        Assert.Contains(Rows.Events, e => e.Kind == AbsenceEventKind.EarlyDeparture);
        Assert.Contains(Rows.Events, e => e.Kind == AbsenceEventKind.Incident);
    }

    [Fact]
    public void Everything_happens_before_now_and_in_order()
    {
        var events = Rows.Events.ToDictionary(e => e.Id);
        var justified = Rows.JustificationEvents.ToLookup(j => j.JustificationId, j => events[j.EventId]);

        Assert.All(Rows.Events, e => Assert.True(e.RecordedAt <= Now && e.StartsAt < new DateTime(2026, 11, 28)));
        Assert.All(Rows.Justifications, j =>
        {
            Assert.True(j.SubmittedAt <= Now);
            Assert.True(j.SubmittedAt > justified[j.Id].Max(e => e.RecordedAt));
            Assert.True(j.DecidedAt is null ? j.Status == JustificationStatus.Pending : j.DecidedAt > j.SubmittedAt && j.DecidedAt <= Now);
        });
        Assert.Equal(Rows.Events.Count, Rows.Events.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void Events_end_in_the_state_their_justifications_left_them_in()
    {
        var changes = Rows.StateChanges.ToLookup(c => c.EventId);

        Assert.All(Rows.Events, e =>
        {
            var history = changes[e.Id].OrderBy(c => c.ChangedAt).ToList();
            Assert.Equal(e.State, history.LastOrDefault()?.ToState);
            Assert.Equal(e.State == JustificationState.Justified, e.ReasonId is not null);
        });
        Assert.Contains(Rows.Justifications, j => j.Status == JustificationStatus.Accepted);
        Assert.Contains(Rows.Justifications, j => j.Status == JustificationStatus.Refused);
        Assert.Contains(Rows.Justifications, j => j.Status == JustificationStatus.Pending);
    }

    private static AbsenceRows Simulate(int seed)
    {
        var random = new Random(seed);
        var reasons = SchoolReasons.For("synthetic", School.SchoolId, Now.AddMonths(-3), random);
        var timetable = WeeklyTimetable.Build(School, SchoolDay.Default, random);
        var rows = new AbsenceRows();
        new AttendanceSimulator("synthetic", School, timetable, SchoolDay.Default, reasons, ThresholdRule.Defaults, AttendanceRates.Typical, Now, random)
            .Simulate(Dates, [], rows);
        return rows;
    }
}
