using Ent.Directory;
using Ent.Plugins.Absences.Domain;

namespace Ent.Plugins.Absences.Generation;

/// <summary>An hour of the week lessons can take.</summary>
/// <param name="Day">The day.</param>
/// <param name="Start">When it starts.</param>
/// <param name="End">When it ends.</param>
internal sealed record TimetableSlot(DayOfWeek Day, TimeOnly Start, TimeOnly End);

/// <summary>A lesson that recurs every week.</summary>
/// <param name="Slot">When.</param>
/// <param name="ClassId">The class taught, when not a group.</param>
/// <param name="GroupId">The group taught, when not a class.</param>
/// <param name="SubjectId">The subject.</param>
/// <param name="TeacherId">The teacher.</param>
internal sealed record WeeklyLesson(TimetableSlot Slot, Guid? ClassId, Guid? GroupId, Guid SubjectId, Guid TeacherId);

/// <summary>
/// A plausible weekly timetable of a school, derived from its teaching assignments: hour-long lessons within
/// the school's day, none on Wednesday afternoon, each subject's usual weekly hours (four of mathematics, three
/// of English…), spread over the week. Teaching groups are placed first, the way collèges line up options
/// across a level: a group's lesson blocks the classes of its pupils, and groups without common pupils share
/// slots. No class, teacher or pupil has two lessons at once; an hour that finds no free slot is left out.
/// </summary>
internal sealed class WeeklyTimetable
{
    private static readonly Dictionary<string, int> HoursBySubject = new(StringComparer.Ordinal)
    {
        ["MATHS"] = 4, ["FRANC"] = 4, ["HIGEO"] = 3, ["ANGL"] = 3, ["EPS"] = 3, ["ESP"] = 3, ["ALL"] = 3,
        ["SVT"] = 2, ["PHYCH"] = 2, ["LATIN"] = 2, ["TECHN"] = 1, ["ARTS"] = 1, ["MUSIQ"] = 1,
    };

    private readonly ILookup<DayOfWeek, WeeklyLesson> _byDay;

    private WeeklyTimetable(IReadOnlyList<WeeklyLesson> lessons)
    {
        Lessons = lessons;
        _byDay = lessons.OrderBy(l => l.Slot.Start).ToLookup(l => l.Slot.Day);
    }

    /// <summary>Gets every lesson of the week.</summary>
    public IReadOnlyList<WeeklyLesson> Lessons { get; }

    /// <summary>Gets the lessons of a day of the week, by start.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The lessons.</returns>
    public IEnumerable<WeeklyLesson> On(DayOfWeek day) => _byDay[day];

    /// <summary>Builds a school's timetable.</summary>
    /// <param name="roster">The school's assignments and pupils.</param>
    /// <param name="day">The school's day, whose hours bound the slots.</param>
    /// <param name="random">The seeded sequence that breaks ties.</param>
    /// <returns>The timetable.</returns>
    public static WeeklyTimetable Build(SchoolRoster roster, SchoolDay day, Random random)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(day);
        ArgumentNullException.ThrowIfNull(random);
        var slots = Slots(day);
        var busy = new Dictionary<Guid, bool[]>();
        var lessons = new List<WeeklyLesson>();
        var perDay = new Dictionary<(Guid, DayOfWeek), int>();
        var membersByGroup = roster.Pupils.SelectMany(p => p.Groups.Select(g => (Group: g, Pupil: p))).ToLookup(x => x.Group, x => x.Pupil);
        var groupAssignments = roster.Assignments.Where(a => a.GroupId is not null).ToList();
        var classAssignments = roster.Assignments.Where(a => a.ClassId is not null).ToList();

        // Round by round, one hour of each assignment, so that no assignment takes the best slots of the others.
        foreach (var assignment in Rounds(groupAssignments, roster, random))
        {
            var members = membersByGroup[assignment.GroupId!.Value].ToList();
            var classes = members.Select(m => m.ClassId).Distinct().ToList();
            var slot = Best(slots, random, s =>
                Free(busy, assignment.TeacherId, s) && members.TrueForAll(m => Free(busy, m.Id, s))
                    ? (classes.Count(c => Free(busy, c, s)) * 10) + (SameDay(perDay, assignment, slots[s].Day) * 5)
                    : null);
            if (slot is { } s)
            {
                Take(busy, assignment.TeacherId, s, slots.Count);
                members.ForEach(m => Take(busy, m.Id, s, slots.Count));
                classes.ForEach(c => Take(busy, c, s, slots.Count));
                Place(lessons, perDay, assignment, slots[s]);
            }
        }

        foreach (var assignment in Rounds(classAssignments, roster, random))
        {
            var schoolClass = assignment.ClassId!.Value;
            var slot = Best(slots, random, s =>
                Free(busy, assignment.TeacherId, s) && Free(busy, schoolClass, s) ? SameDay(perDay, assignment, slots[s].Day) * 10 : null);
            if (slot is { } s)
            {
                Take(busy, assignment.TeacherId, s, slots.Count);
                Take(busy, schoolClass, s, slots.Count);
                Place(lessons, perDay, assignment, slots[s]);
            }
        }

        return new WeeklyTimetable(lessons);
    }

    private static List<TimetableSlot> Slots(SchoolDay day)
    {
        var slots = new List<TimetableSlot>();
        foreach (var weekday in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })
        {
            AddHours(slots, weekday, day.MorningStartsAt, day.MorningEndsAt);
            if (weekday != DayOfWeek.Wednesday)
            {
                AddHours(slots, weekday, day.AfternoonStartsAt, day.AfternoonEndsAt);
            }
        }

        return slots;
    }

    private static void AddHours(List<TimetableSlot> slots, DayOfWeek day, TimeOnly from, TimeOnly until)
    {
        for (var minutes = (int)from.ToTimeSpan().TotalMinutes; minutes + 60 <= (int)until.ToTimeSpan().TotalMinutes; minutes += 60)
        {
            var start = TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minutes));
            slots.Add(new TimetableSlot(day, start, start.AddHours(1)));
        }
    }

    // Yields each assignment once per weekly hour: round by round, in a new random order each round.
    private static IEnumerable<TeachingAssignment> Rounds(List<TeachingAssignment> assignments, SchoolRoster roster, Random random)
    {
        var hours = assignments.Select(a => HoursBySubject.GetValueOrDefault(roster.SubjectCodes.GetValueOrDefault(a.SubjectId) ?? string.Empty, 2)).ToList();
        var rounds = hours.Count == 0 ? 0 : hours.Max();
        for (var round = 0; round < rounds; round++)
        {
            var order = Enumerable.Range(0, assignments.Count).Where(i => hours[i] > round).ToArray();
            random.Shuffle(order);
            foreach (var i in order)
            {
                yield return assignments[i];
            }
        }
    }

    // The slot with the lowest score, ties broken at random; null scores are slots that cannot be taken.
    private static int? Best(List<TimetableSlot> slots, Random random, Func<int, int?> score)
    {
        int? best = null;
        var bestScore = int.MaxValue;
        var ties = 0;
        for (var s = 0; s < slots.Count; s++)
        {
            if (score(s) is not { } value || value > bestScore)
            {
                continue;
            }

            ties = value < bestScore ? 1 : ties + 1;
            bestScore = value;
            if (ties == 1 || random.Next(ties) == 0)
            {
                best = s;
            }
        }

        return best;
    }

    private static bool Free(Dictionary<Guid, bool[]> busy, Guid who, int slot) => !busy.TryGetValue(who, out var taken) || !taken[slot];

    private static void Take(Dictionary<Guid, bool[]> busy, Guid who, int slot, int slotCount)
    {
        if (!busy.TryGetValue(who, out var taken))
        {
            busy[who] = taken = new bool[slotCount];
        }

        taken[slot] = true;
    }

    private static int SameDay(Dictionary<(Guid, DayOfWeek), int> perDay, TeachingAssignment assignment, DayOfWeek day) =>
        perDay.GetValueOrDefault((assignment.Id, day));

    private static void Place(List<WeeklyLesson> lessons, Dictionary<(Guid, DayOfWeek), int> perDay, TeachingAssignment assignment, TimetableSlot slot)
    {
        lessons.Add(new WeeklyLesson(slot, assignment.ClassId, assignment.GroupId, assignment.SubjectId, assignment.TeacherId));
        perDay[(assignment.Id, slot.Day)] = SameDay(perDay, assignment, slot.Day) + 1;
    }
}
