using Ent.Plugins.Absences.Domain;

namespace Ent.Plugins.Absences.Generation;

/// <summary>
/// Plays a school's lessons day by day and writes what the plugin would have stored: each pupil gets a habit
/// (assiduous, fragile, truant) and episodes (illnesses, appointments, skipped afternoons, latenesses,
/// incidents, early departures), planned at random or given; teachers record a roll call at the start of
/// each lesson, sometimes correcting an absence into a lateness; staff record departures and incidents;
/// relatives justify many episodes after the fact, and staff accept or refuse them unless it is too recent;
/// thresholds crossed by unjustified half-days raise alerts. Everything happens before <c>now</c>.
/// </summary>
internal sealed class AttendanceSimulator
{
    private static readonly string[] IncidentComments =
    [
        "Téléphone portable utilisé en cours malgré plusieurs rappels.",
        "Bavardages répétés, perturbe la classe.",
        "Insolence envers un surveillant.",
        "Bousculade dans la cour de récréation.",
        "Oubli répété du matériel.",
    ];

    private readonly string _tenantId;
    private readonly SchoolRoster _roster;
    private readonly WeeklyTimetable _timetable;
    private readonly SchoolDay _day;
    private readonly Dictionary<string, AbsenceReason> _reasons;
    private readonly IReadOnlyList<ThresholdRule> _thresholds;
    private readonly AttendanceRates _rates;
    private readonly DateTimeOffset _now;
    private readonly DateTime _localNow;
    private readonly Random _random;
    private readonly Dictionary<Guid, PupilState> _pupils;
    private readonly Dictionary<Guid, PupilState[]> _rosterOfClass;
    private readonly Dictionary<Guid, PupilState[]> _rosterOfGroup;

    public AttendanceSimulator(
        string tenantId,
        SchoolRoster roster,
        WeeklyTimetable timetable,
        SchoolDay day,
        IEnumerable<AbsenceReason> reasons,
        IReadOnlyList<ThresholdRule> thresholds,
        AttendanceRates rates,
        DateTimeOffset now,
        Random random)
    {
        _tenantId = tenantId;
        _roster = roster;
        _timetable = timetable;
        _day = day;
        _reasons = reasons.Where(r => r.IsActive).ToDictionary(r => r.Code, StringComparer.Ordinal);
        _thresholds = thresholds;
        _rates = rates;
        _now = now.ToUniversalTime();
        _localNow = GeneratedTime.Local(now);
        _random = random;
        _pupils = roster.Pupils.ToDictionary(p => p.Id, p => new PupilState(p, HabitOf(random.NextDouble())));
        _rosterOfClass = _pupils.Values.GroupBy(p => p.Pupil.ClassId).ToDictionary(g => g.Key, g => g.ToArray());
        _rosterOfGroup = _pupils.Values.SelectMany(p => p.Pupil.Groups.Select(g => (Group: g, Pupil: p))).GroupBy(x => x.Group).ToDictionary(g => g.Key, g => g.Select(x => x.Pupil).ToArray());
    }

    /// <summary>Plays the lessons of the dates and adds what was recorded to <paramref name="rows"/>.</summary>
    /// <param name="dates">The dates with lessons, in order, all before today.</param>
    /// <param name="given">Episodes to play besides the random ones, such as the demo's.</param>
    /// <param name="rows">Receives the rows.</param>
    public void Simulate(IReadOnlyList<DateOnly> dates, IEnumerable<AbsenceEpisode> given, AbsenceRows rows)
    {
        var episodes = new List<AbsenceEpisode>(given);
        episodes.AddRange(PlanRandomEpisodes(dates));
        var missed = new Dictionary<DateOnly, Dictionary<Guid, List<AbsenceEpisode>>>();
        foreach (var episode in episodes.Where(e => _pupils.ContainsKey(e.StudentId)))
        {
            var last = episode.Kind is EpisodeKind.Absence or EpisodeKind.EarlyDeparture ? DateOnly.FromDateTime(episode.To.AddTicks(-1)) : DateOnly.FromDateTime(episode.From);
            for (var date = DateOnly.FromDateTime(episode.From); date <= last; date = date.AddDays(1))
            {
                Add(missed, date, episode);
            }
        }

        var events = new List<AbsenceEvent>();
        foreach (var date in dates)
        {
            PlayDay(date, missed.GetValueOrDefault(date), episodes, events, rows);
        }

        foreach (var episode in episodes)
        {
            Justify(episode, rows);
        }

        RaiseAlerts(events, rows);
    }

    private static void Add(Dictionary<DateOnly, Dictionary<Guid, List<AbsenceEpisode>>> index, DateOnly date, AbsenceEpisode episode)
    {
        if (!index.TryGetValue(date, out var byPupil))
        {
            index[date] = byPupil = [];
        }

        if (!byPupil.TryGetValue(episode.StudentId, out var list))
        {
            byPupil[episode.StudentId] = list = [];
        }

        list.Add(episode);
    }

    private HabitRates HabitOf(double draw) =>
        draw < _rates.TruantShare ? _rates.Truant : draw < _rates.TruantShare + _rates.FragileShare ? _rates.Fragile : _rates.Assiduous;

    // Illnesses, appointments, skipped afternoons, incidents and early departures, week by week.
    private List<AbsenceEpisode> PlanRandomEpisodes(IReadOnlyList<DateOnly> dates)
    {
        var episodes = new List<AbsenceEpisode>();
        var weeks = dates.Select((date, index) => (Date: date, Index: index)).GroupBy(d => d.Date.AddDays(-(((int)d.Date.DayOfWeek + 6) % 7))).ToList();
        foreach (var pupil in _roster.Pupils.Select(p => _pupils[p.Id]))
        {
            var rates = pupil.Rates;
            foreach (var week in weeks)
            {
                var days = week.ToList();
                var afternoons = days.Where(d => d.Date.DayOfWeek != DayOfWeek.Wednesday).ToList();
                if (_random.NextDouble() < rates.IllnessPerWeek)
                {
                    var first = days[_random.Next(days.Count)].Index;
                    var last = Math.Min(dates.Count - 1, first + _random.Next(3));
                    episodes.Add(new AbsenceEpisode
                    {
                        StudentId = pupil.Pupil.Id, Kind = EpisodeKind.Absence,
                        From = dates[first].ToDateTime(TimeOnly.MinValue), To = dates[last].AddDays(1).ToDateTime(TimeOnly.MinValue),
                        Justification = Plan(0.85, SchoolReasons.Illness, attachment: 0.4, maxDelayHours: 48, accepted: 0.95),
                    });
                }

                if (_random.NextDouble() < rates.AppointmentPerWeek)
                {
                    var date = days[_random.Next(days.Count)].Date;
                    var part = date.DayOfWeek == DayOfWeek.Wednesday || _random.Next(2) == 0 ? HalfDayPart.Morning : HalfDayPart.Afternoon;
                    var (from, to) = _day.Window(date, part);
                    episodes.Add(new AbsenceEpisode
                    {
                        StudentId = pupil.Pupil.Id, Kind = EpisodeKind.Absence, From = from, To = to,
                        Justification = Plan(0.95, _random.Next(5) < 3 ? SchoolReasons.Appointment : SchoolReasons.Family, attachment: 0.2, maxDelayHours: 24, accepted: 1),
                    });
                }

                if (_random.NextDouble() < rates.SkippedAfternoonPerWeek && afternoons.Count > 0)
                {
                    var (from, to) = _day.Window(afternoons[_random.Next(afternoons.Count)].Date, HalfDayPart.Afternoon);
                    episodes.Add(new AbsenceEpisode
                    {
                        StudentId = pupil.Pupil.Id, Kind = EpisodeKind.Absence, From = from, To = to,
                        Justification = Plan(0.3, _random.Next(5) < 3 ? SchoolReasons.Convenience : SchoolReasons.Family, attachment: 0, maxDelayHours: 48, accepted: 0.4),
                    });
                }

                if (_random.NextDouble() < rates.IncidentPerWeek)
                {
                    var date = days[_random.Next(days.Count)].Date;
                    episodes.Add(new AbsenceEpisode
                    {
                        StudentId = pupil.Pupil.Id, Kind = EpisodeKind.Incident,
                        From = date.ToDateTime(_day.MorningStartsAt).AddMinutes(20 + _random.Next(180)),
                        Comment = IncidentComments[_random.Next(IncidentComments.Length)],
                    });
                }

                if (_random.NextDouble() < rates.EarlyDeparturePerWeek && afternoons.Count > 0)
                {
                    var date = afternoons[_random.Next(afternoons.Count)].Date;
                    episodes.Add(new AbsenceEpisode
                    {
                        StudentId = pupil.Pupil.Id, Kind = EpisodeKind.EarlyDeparture,
                        From = date.ToDateTime(_day.AfternoonStartsAt).AddHours(1 + _random.Next(2)), To = date.ToDateTime(_day.AfternoonEndsAt),
                        Justification = Plan(0.85, SchoolReasons.Appointment, attachment: 0.3, maxDelayHours: 24, accepted: 1),
                    });
                }
            }
        }

        return episodes;
    }

    // A justification a family submits with a given chance, and staff accept with another.
    private JustificationPlan? Plan(double submitted, string reason, double attachment, int maxDelayHours, double accepted)
    {
        if (_random.NextDouble() >= submitted)
        {
            return null;
        }

        var accept = _random.NextDouble() < accepted;
        return new JustificationPlan(
            reason,
            SchoolReasons.Message(reason, _random),
            _random.NextDouble() < attachment,
            TimeSpan.FromMinutes(30 + _random.Next(maxDelayHours * 60)),
            accept ? JustificationDecision.Accept : JustificationDecision.Refuse,
            accept ? null : SchoolReasons.RefusalComments[_random.Next(SchoolReasons.RefusalComments.Count)]);
    }

    private void PlayDay(DateOnly date, Dictionary<Guid, List<AbsenceEpisode>>? missed, List<AbsenceEpisode> episodes, List<AbsenceEvent> events, AbsenceRows rows)
    {
        var seenHalfDays = new HashSet<(Guid Pupil, bool Afternoon)>();
        var skipped = new Dictionary<Guid, AbsenceEpisode>();
        foreach (var lesson in _timetable.On(date.DayOfWeek))
        {
            var start = date.ToDateTime(lesson.Slot.Start);
            var end = date.ToDateTime(lesson.Slot.End);
            if (start >= _localNow)
            {
                break;
            }

            var roster = lesson.ClassId is { } schoolClass ? _rosterOfClass.GetValueOrDefault(schoolClass) : _rosterOfGroup.GetValueOrDefault(lesson.GroupId!.Value);
            var marks = new List<Mark>();
            foreach (var pupil in roster ?? [])
            {
                var firstOfHalfDay = seenHalfDays.Add((pupil.Pupil.Id, lesson.Slot.Start >= _day.AfternoonStartsAt));
                if (missed?.GetValueOrDefault(pupil.Pupil.Id) is { } planned && planned.Find(e => e.Misses(start) || (e.Kind == EpisodeKind.Lateness && start >= e.From && e.Events.Count == 0)) is { } episode)
                {
                    marks.Add(episode.Kind == EpisodeKind.Lateness
                        ? new Mark(pupil.Pupil.Id, AbsenceEventKind.Lateness, Math.Min(episode.LateMinutes ?? 5, 59), episode)
                        : new Mark(pupil.Pupil.Id, AbsenceEventKind.Absence, null, episode));
                }
                else if (pupil.Rates.SkippedLesson > 0 && _random.NextDouble() < pupil.Rates.SkippedLesson)
                {
                    if (!skipped.TryGetValue(pupil.Pupil.Id, out var skip))
                    {
                        skip = new AbsenceEpisode
                        {
                            StudentId = pupil.Pupil.Id, Kind = EpisodeKind.Absence, From = start, To = end,
                            Justification = Plan(0.3, _random.Next(5) < 3 ? SchoolReasons.Convenience : SchoolReasons.Family, attachment: 0, maxDelayHours: 48, accepted: 0.4),
                        };
                        skipped[pupil.Pupil.Id] = skip;
                        episodes.Add(skip);
                    }

                    marks.Add(new Mark(pupil.Pupil.Id, AbsenceEventKind.Absence, null, skip));
                }
                else if (firstOfHalfDay && pupil.Rates.LateHalfDay > 0 && _random.NextDouble() < pupil.Rates.LateHalfDay)
                {
                    var late = new AbsenceEpisode
                    {
                        StudentId = pupil.Pupil.Id, Kind = EpisodeKind.Lateness, From = start, LateMinutes = 2 + _random.Next(19),
                        Justification = Plan(0.2, _random.Next(10) < 7 ? SchoolReasons.Transport : SchoolReasons.Family, attachment: 0, maxDelayHours: 30, accepted: 0.9),
                    };
                    episodes.Add(late);
                    marks.Add(new Mark(pupil.Pupil.Id, AbsenceEventKind.Lateness, late.LateMinutes, late));
                }
            }

            if (marks.Count > 0 || _random.NextDouble() < _rates.EmptyRollCalls)
            {
                RecordRollCall(lesson, start, end, marks, events, rows);
            }
        }

        foreach (var episode in missed?.Values.SelectMany(list => list).Distinct() ?? [])
        {
            if (episode.Kind is EpisodeKind.EarlyDeparture or EpisodeKind.Incident && DateOnly.FromDateTime(episode.From) == date)
            {
                RecordByStaff(episode, events, rows);
            }
        }
    }

    private void RecordRollCall(WeeklyLesson lesson, DateTime start, DateTime end, List<Mark> marks, List<AbsenceEvent> events, AbsenceRows rows)
    {
        var first = GeneratedTime.Instant(start.AddMinutes(2 + _random.Next(9)));
        var latest = marks.Where(m => m.Kind == AbsenceEventKind.Lateness).Select(m => m.LateMinutes!.Value).DefaultIfEmpty().Max();

        // Now and then a latecomer was first marked absent, and the teacher corrected it when they came in.
        var corrected = latest > 0 && _random.NextDouble() < 0.2;
        var second = corrected ? GeneratedTime.Instant(start.AddMinutes(latest + 1 + _random.Next(3))) : first;
        if (second > _now)
        {
            return;
        }

        var rollCall = new RollCall
        {
            Id = GeneratedIds.At(first, _random), TenantId = _tenantId, SchoolId = _roster.SchoolId, ClassId = lesson.ClassId, GroupId = lesson.GroupId,
            SubjectId = lesson.SubjectId, TeacherId = lesson.TeacherId, StartsAt = start, EndsAt = end, RecordedAt = first, UpdatedAt = second,
            Revision = corrected ? 2 : 1,
        };
        rows.RollCalls.Add(rollCall);
        AddRevision(rollCall, 1, first, corrected ? marks.Select(m => m with { Kind = AbsenceEventKind.Absence, LateMinutes = null }) : marks, rows);
        if (corrected)
        {
            AddRevision(rollCall, 2, second, marks, rows);
        }

        foreach (var mark in marks)
        {
            var recordedAt = mark.Kind == AbsenceEventKind.Lateness ? second : first;
            var absenceEvent = NewEvent(mark.Episode, mark.Kind, start, mark.LateMinutes is { } minutes ? start.AddMinutes(minutes) : end, lesson.TeacherId, recordedAt, rows);
            absenceEvent.LateMinutes = mark.LateMinutes;
            absenceEvent.RollCallId = rollCall.Id;
            events.Add(absenceEvent);
        }
    }

    private void AddRevision(RollCall rollCall, int number, DateTimeOffset at, IEnumerable<Mark> marks, AbsenceRows rows)
    {
        var revision = new RollCallRevision { Id = GeneratedIds.At(at, _random), RollCallId = rollCall.Id, Number = number, RecordedAt = at, RecordedById = rollCall.TeacherId };
        rows.Revisions.Add(revision);
        rows.Marks.AddRange(marks.Select(m => new RollCallMark { RevisionId = revision.Id, StudentId = m.StudentId, Kind = m.Kind, LateMinutes = m.LateMinutes }));
    }

    private void RecordByStaff(AbsenceEpisode episode, List<AbsenceEvent> events, AbsenceRows rows)
    {
        var recordedAt = GeneratedTime.Instant(episode.From.AddMinutes(episode.Kind == EpisodeKind.Incident ? 10 + _random.Next(110) : _random.Next(6)));
        if (_roster.Staff.Count == 0 || recordedAt > _now)
        {
            return;
        }

        var kind = episode.Kind == EpisodeKind.Incident ? AbsenceEventKind.Incident : AbsenceEventKind.EarlyDeparture;
        var absenceEvent = NewEvent(episode, kind, episode.From, kind == AbsenceEventKind.Incident ? episode.From : episode.To, _roster.Staff[0], recordedAt, rows);
        absenceEvent.Comment = episode.Comment;
        events.Add(absenceEvent);
    }

    private AbsenceEvent NewEvent(AbsenceEpisode episode, AbsenceEventKind kind, DateTime startsAt, DateTime endsAt, Guid recordedBy, DateTimeOffset recordedAt, AbsenceRows rows)
    {
        var absenceEvent = new AbsenceEvent
        {
            Id = GeneratedIds.At(recordedAt, _random), TenantId = _tenantId, SchoolId = _roster.SchoolId, StudentId = episode.StudentId, Kind = kind,
            StartsAt = startsAt, EndsAt = endsAt, RecordedById = recordedBy, RecordedAt = recordedAt, State = JustificationRules.InitialState(kind),
        };
        rows.Events.Add(absenceEvent);
        if (absenceEvent.State is { } state)
        {
            rows.StateChanges.Add(new AbsenceEventStateChange { Id = GeneratedIds.At(recordedAt, _random), EventId = absenceEvent.Id, ToState = state, ChangedAt = recordedAt, ChangedById = recordedBy });
        }

        episode.Events.Add(absenceEvent);
        return absenceEvent;
    }

    // The family submits after the episode's last event; staff decide unless it is too recent.
    private void Justify(AbsenceEpisode episode, AbsenceRows rows)
    {
        var justifiable = episode.Events.Where(e => e.State is not null).ToList();
        if (episode.Justification is not { } plan || justifiable.Count == 0 || !_reasons.TryGetValue(plan.ReasonCode, out var reason)
            || _pupils[episode.StudentId].Pupil.Guardians is not { Count: > 0 } guardians)
        {
            return;
        }

        var submittedAt = Awake(justifiable.Max(e => e.RecordedAt) + plan.Delay);
        if (submittedAt > _now)
        {
            return;
        }

        var relative = guardians[_random.Next(guardians.Count)];
        var decidedAt = AtWork(submittedAt + TimeSpan.FromMinutes(60 + _random.Next(60 * 30)));
        var decided = plan.Decision != JustificationDecision.Pending && decidedAt <= _now;
        var justification = new Justification
        {
            Id = GeneratedIds.At(submittedAt, _random), TenantId = _tenantId, SchoolId = _roster.SchoolId, StudentId = episode.StudentId,
            SubmittedById = relative, SubmittedAt = submittedAt, ReasonId = reason.Id, Message = plan.Message, Status = JustificationStatus.Pending,
        };
        if (plan.WithAttachment)
        {
            justification.AttachmentReference = $"justificatifs/{justification.Id:N}.pdf";
        }

        rows.Justifications.Add(justification);
        foreach (var justified in justifiable)
        {
            rows.JustificationEvents.Add(new JustificationEvent { JustificationId = justification.Id, EventId = justified.Id });
            ChangeState(justified, JustificationState.JustificationPending, submittedAt, relative, justification.Id, null, rows);
        }

        if (!decided || _roster.Staff.Count == 0)
        {
            return;
        }

        var accepted = plan.Decision == JustificationDecision.Accept;
        justification.Status = accepted ? JustificationStatus.Accepted : JustificationStatus.Refused;
        justification.DecidedById = _roster.Staff[0];
        justification.DecidedAt = decidedAt;
        justification.DecisionComment = plan.DecisionComment;
        foreach (var justified in justifiable)
        {
            ChangeState(justified, JustificationRules.AfterDecision(accepted), decidedAt, _roster.Staff[0], justification.Id, plan.DecisionComment, rows);
            justified.ReasonId = accepted ? reason.Id : null;
        }
    }

    // Families write between 7:00 and 22:30.
    private DateTimeOffset Awake(DateTimeOffset instant)
    {
        var local = GeneratedTime.Local(instant);
        var morning = local.Date.AddHours(7).AddMinutes(_random.Next(90));
        return local.TimeOfDay < TimeSpan.FromHours(7) ? GeneratedTime.Instant(morning)
            : local.TimeOfDay > new TimeSpan(22, 30, 0) ? GeneratedTime.Instant(morning.AddDays(1))
            : instant;
    }

    // Staff decide on weekdays between 8:00 and 17:30.
    private DateTimeOffset AtWork(DateTimeOffset instant)
    {
        var local = GeneratedTime.Local(instant);
        var opening = local.Date.AddHours(8).AddMinutes(_random.Next(120));
        if (local.TimeOfDay > new TimeSpan(17, 30, 0))
        {
            opening = opening.AddDays(1);
        }
        else if (local.TimeOfDay >= TimeSpan.FromHours(8))
        {
            opening = local;
        }

        while (opening.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            opening = opening.AddDays(1);
        }

        return opening == local ? instant : GeneratedTime.Instant(opening);
    }

    private void ChangeState(AbsenceEvent absenceEvent, JustificationState state, DateTimeOffset at, Guid by, Guid justificationId, string? comment, AbsenceRows rows)
    {
        rows.StateChanges.Add(new AbsenceEventStateChange
        {
            Id = GeneratedIds.At(at, _random), EventId = absenceEvent.Id, FromState = absenceEvent.State, ToState = state,
            ChangedAt = at, ChangedById = by, JustificationId = justificationId, Comment = comment,
        });
        absenceEvent.State = state;
    }

    // Raises, once per pupil, month and threshold, the alerts their unjustified absences reach, when the
    // absence that reached it was recorded.
    private void RaiseAlerts(List<AbsenceEvent> events, AbsenceRows rows)
    {
        var valid = _reasons.Values.Where(r => r.CountsAsValid).Select(r => r.Id).ToHashSet();
        foreach (var pupilEvents in events.Where(e => e.Kind == AbsenceEventKind.Absence).GroupBy(e => e.StudentId))
        {
            var absences = pupilEvents.OrderBy(e => e.StartsAt).ThenBy(e => e.RecordedAt).ToList();
            var counted = absences.Select(Counted).ToList();
            var dates = absences.Select(e => DateOnly.FromDateTime(e.StartsAt)).Distinct().ToList();
            foreach (var crossing in ThresholdEvaluator.FindCrossings(counted, _day, _thresholds, dates, new HashSet<(ThresholdWindow, DateOnly, int)>()))
            {
                var monthEnd = crossing.WindowStart.AddMonths(1).AddDays(-1);
                for (var reached = 1; reached <= counted.Count; reached++)
                {
                    var counts = AbsenceCounter.Count(counted.Take(reached), _day, crossing.WindowStart, monthEnd);
                    if (counts.UnjustifiedHalfDays < crossing.Threshold)
                    {
                        continue;
                    }

                    var raisedAt = absences.Take(reached).Max(e => e.RecordedAt);
                    rows.Alerts.Add(new AbsenceAlert
                    {
                        Id = GeneratedIds.At(raisedAt, _random), TenantId = _tenantId, SchoolId = _roster.SchoolId, StudentId = pupilEvents.Key,
                        Window = crossing.Window, WindowStart = crossing.WindowStart, Threshold = crossing.Threshold,
                        UnjustifiedHalfDays = counts.UnjustifiedHalfDays, RaisedAt = raisedAt,
                    });
                    break;
                }
            }
        }

        CountedEvent Counted(AbsenceEvent e) => new(
            e.Kind, e.StartsAt, e.EndsAt, e.RollCallId is not null, JustificationRules.CountsAsJustified(e.State, e.ReasonId is { } reason && valid.Contains(reason)));
    }

    private sealed record PupilState(RosterPupil Pupil, HabitRates Rates);

    private sealed record Mark(Guid StudentId, AbsenceEventKind Kind, int? LateMinutes, AbsenceEpisode Episode);
}
