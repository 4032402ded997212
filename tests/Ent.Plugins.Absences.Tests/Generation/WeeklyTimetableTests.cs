using Ent.Plugins.Absences.Domain;
using Ent.Plugins.Absences.Generation;
using Ent.Testing;

namespace Ent.Plugins.Absences.Tests.Generation;

public sealed class WeeklyTimetableTests
{
    private static readonly SchoolRoster School = SchoolRoster.Of(SyntheticDirectories.Generate("synthetic", 1, 600, 7))[0];

    private static readonly WeeklyTimetable Timetable = WeeklyTimetable.Build(School, SchoolDay.Default, new Random(1));

    [Fact]
    public void Every_class_gets_its_twenty_four_weekly_hours_and_every_group_its_own()
    {
        var classes = School.Pupils.Select(p => p.ClassId).Distinct().ToList();
        var groups = School.Pupils.SelectMany(p => p.Groups).Distinct().ToList();

        Assert.All(classes, c => Assert.Equal(24, Timetable.Lessons.Count(l => l.ClassId == c)));
        Assert.All(groups, g => Assert.InRange(Timetable.Lessons.Count(l => l.GroupId == g), 2, 3));
    }

    [Fact]
    public void No_class_teacher_or_pupil_has_two_lessons_at_once()
    {
        Assert.All(Timetable.Lessons.GroupBy(l => (l.Slot, l.TeacherId)), g => Assert.Single(g));
        Assert.All(Timetable.Lessons.Where(l => l.ClassId is not null).GroupBy(l => (l.Slot, l.ClassId)), g => Assert.Single(g));
        foreach (var pupil in School.Pupils)
        {
            var lessons = Timetable.Lessons.Where(l => l.ClassId == pupil.ClassId || (l.GroupId is { } g && pupil.Groups.Contains(g)));
            Assert.All(lessons.GroupBy(l => l.Slot), g => Assert.Single(g));
        }
    }

    [Fact]
    public void Lessons_keep_to_the_school_day_with_no_wednesday_afternoon()
    {
        var day = SchoolDay.Default;

        Assert.All(Timetable.Lessons, l => Assert.True(
            (l.Slot.Start >= day.MorningStartsAt && l.Slot.End <= day.MorningEndsAt)
            || (l.Slot.Day != DayOfWeek.Wednesday && l.Slot.Start >= day.AfternoonStartsAt && l.Slot.End <= day.AfternoonEndsAt)));
        Assert.Equal(5, Timetable.Lessons.Select(l => l.Slot.Day).Distinct().Count());
    }
}
