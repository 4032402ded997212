using Ent.Plugins.Absences.Domain;
using Ent.Plugins.Absences.Generation;

namespace Ent.Plugins.Absences.Demo;

/// <summary>
/// What happened to a few demo pupils over the last three school weeks (week 0 the oldest, week 2 the latest),
/// so that each demo account has something to see: the child of the family in both collèges was ill (justified
/// and accepted) and late in Blois, and missed a morning in Vendôme (justification pending); in each school a
/// pupil comes late, and a pupil skips four afternoons in the month, one of them justified for convenience,
/// which crosses the legal threshold; in Blois a pupil leaves early for an appointment, another is ill on the last
/// day (justification pending), and an incident is recorded. Days that have no lessons are left out.
/// </summary>
internal static class DemoScenario
{
    public static IReadOnlyList<AbsenceEpisode> For(int schoolIndex, DemoSchool school, IReadOnlyList<DateOnly> dates, SchoolDay day)
    {
        var weeks = dates.Select(date => date.AddDays(-(((int)date.DayOfWeek + 6) % 7))).Distinct().Order().ToList();
        var others = school.Pupils.Where(p => p.Id != school.SharedChild).ToList();
        var classes = others.Select(p => p.ClassCode).Distinct().ToList();
        var shared = school.SharedChild;
        var episodes = new List<AbsenceEpisode>();

        DateOnly? On(int week, DayOfWeek weekday)
        {
            var index = weeks.Count - 3 + week;
            var date = index < 0 ? (DateOnly?)null : weeks[index].AddDays(((int)weekday + 6) % 7);
            return date is { } d && dates.Contains(d) ? d : null;
        }

        Guid? Pupil(int classIndex, int rank) =>
            classIndex < classes.Count ? others.Where(p => p.ClassCode == classes[classIndex]).Select(p => (Guid?)p.Id).ElementAtOrDefault(rank) : null;

        void Add(Guid? pupil, EpisodeKind kind, DateTime? from, DateTime? to = null, int? minutes = null, string? comment = null, JustificationPlan? plan = null)
        {
            if (pupil is { } id && from is { } start)
            {
                episodes.Add(new AbsenceEpisode { StudentId = id, Kind = kind, From = start, To = to ?? start, LateMinutes = minutes, Comment = comment, Justification = plan });
            }
        }

        void Days(Guid? pupil, int week, DayOfWeek first, DayOfWeek last, JustificationPlan? plan) =>
            Add(pupil, EpisodeKind.Absence, On(week, first)?.ToDateTime(TimeOnly.MinValue), (On(week, last) ?? On(week, first))?.AddDays(1).ToDateTime(TimeOnly.MinValue), plan: plan);

        void HalfDay(Guid? pupil, int week, DayOfWeek weekday, HalfDayPart part, JustificationPlan? plan = null)
        {
            if (On(week, weekday) is { } date)
            {
                var (from, to) = day.Window(date, part);
                Add(pupil, EpisodeKind.Absence, from, to, plan: plan);
            }
        }

        void Late(Guid? pupil, int week, DayOfWeek weekday, TimeOnly time, int minutes, JustificationPlan? plan = null) =>
            Add(pupil, EpisodeKind.Lateness, On(week, weekday)?.ToDateTime(time), minutes: minutes, plan: plan);

        if (schoolIndex == 0)
        {
            Days(shared, 0, DayOfWeek.Monday, DayOfWeek.Tuesday, Justified(SchoolReasons.Illness, "Gastro-entérite, certificat médical joint.", TimeSpan.FromHours(20), JustificationDecision.Accept, attachment: true));
            Late(shared, 2, DayOfWeek.Thursday, day.MorningStartsAt, 10);

            var late = Pupil(0, 0);
            Late(late, 1, DayOfWeek.Monday, day.MorningStartsAt, 12, Justified(SchoolReasons.Transport, "Le car scolaire est arrivé en retard.", TimeSpan.FromHours(10), JustificationDecision.Accept));
            Late(late, 2, DayOfWeek.Tuesday, day.AfternoonStartsAt, 7);

            var truant = Pupil(1, 0);
            HalfDay(truant, 0, DayOfWeek.Thursday, HalfDayPart.Afternoon);
            HalfDay(truant, 1, DayOfWeek.Monday, HalfDayPart.Afternoon);
            HalfDay(truant, 1, DayOfWeek.Friday, HalfDayPart.Afternoon, Justified(SchoolReasons.Convenience, "Départ anticipé en week-end.", TimeSpan.FromHours(60), JustificationDecision.Refuse, comment: "Motif non recevable : merci de prendre rendez-vous avec la CPE."));
            HalfDay(truant, 2, DayOfWeek.Tuesday, HalfDayPart.Afternoon);
            Add(truant, EpisodeKind.Incident, On(1, DayOfWeek.Tuesday)?.ToDateTime(new TimeOnly(10, 15)), comment: "Téléphone portable utilisé en cours malgré plusieurs rappels.");

            var appointment = Pupil(0, 1);
            Add(appointment, EpisodeKind.EarlyDeparture, On(1, DayOfWeek.Thursday)?.ToDateTime(day.AfternoonStartsAt.AddHours(2)), On(1, DayOfWeek.Thursday)?.ToDateTime(day.AfternoonEndsAt),
                plan: Justified(SchoolReasons.Appointment, "Rendez-vous chez l'orthodontiste.", TimeSpan.FromHours(3), JustificationDecision.Accept));

            Days(Pupil(1, 1), 2, DayOfWeek.Friday, DayOfWeek.Friday, Justified(SchoolReasons.Illness, "Angine : le médecin a prescrit un jour de repos.", TimeSpan.FromHours(4), JustificationDecision.Pending, attachment: true));
        }
        else if (schoolIndex == 1)
        {
            HalfDay(shared, 2, DayOfWeek.Thursday, HalfDayPart.Morning, Justified(SchoolReasons.Family, "Obsèques de son arrière-grand-père.", TimeSpan.FromHours(8), JustificationDecision.Pending));
            Late(shared, 1, DayOfWeek.Tuesday, day.MorningStartsAt, 5, Justified(SchoolReasons.Transport, "Le train avait du retard.", TimeSpan.FromHours(9), JustificationDecision.Accept));

            var truant = Pupil(0, 0);
            HalfDay(truant, 1, DayOfWeek.Tuesday, HalfDayPart.Afternoon);
            HalfDay(truant, 1, DayOfWeek.Thursday, HalfDayPart.Afternoon);
            HalfDay(truant, 2, DayOfWeek.Monday, HalfDayPart.Afternoon, Justified(SchoolReasons.Convenience, "Il était très fatigué.", TimeSpan.FromHours(18), JustificationDecision.Accept));
            HalfDay(truant, 2, DayOfWeek.Friday, HalfDayPart.Afternoon);

            var late = Pupil(1, 0);
            Late(late, 0, DayOfWeek.Monday, day.MorningStartsAt, 15);
            Late(late, 1, DayOfWeek.Friday, day.AfternoonStartsAt, 4);
            Late(late, 2, DayOfWeek.Wednesday, day.MorningStartsAt, 9);
        }

        return episodes;
    }

    private static JustificationPlan Justified(string reason, string message, TimeSpan delay, JustificationDecision decision, bool attachment = false, string? comment = null) =>
        new(reason, message, attachment, delay, decision, comment);
}
