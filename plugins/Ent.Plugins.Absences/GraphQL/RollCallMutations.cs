using Ent.Directory;
using Ent.Events;
using Ent.GraphQL;
using Ent.Plugins.Absences.Data;
using Ent.Plugins.Absences.Domain;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Absences.GraphQL;

/// <summary>The input of <c>recordRollCall</c>.</summary>
internal sealed class RecordRollCallInput
{
    public string? ClassId { get; set; }

    public string? GroupId { get; set; }

    public string SubjectId { get; set; } = string.Empty;

    public DateOnly Date { get; set; }

    public TimeOnly StartTime { get; set; }

    public TimeOnly EndTime { get; set; }

    public List<string> AbsentStudentIds { get; set; } = [];

    public List<LatenessInput> Late { get; set; } = [];
}

/// <summary>A pupil marked late at a roll call.</summary>
internal sealed class LatenessInput
{
    public string StudentId { get; set; } = string.Empty;

    public int Minutes { get; set; }
}

internal sealed class RecordRollCallInputType : InputObjectGraphType<RecordRollCallInput>
{
    public RecordRollCallInputType()
    {
        Name = "RecordRollCallInput";
        Description = "The lesson and who was absent or late; everyone else of the class or group was present.";
        Field<IdGraphType>("classId").Description("The class of the lesson; give it or `groupId`.");
        Field<IdGraphType>("groupId").Description("The teaching group of the lesson; give it or `classId`.");
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("The subject of the lesson.");
        Field<NonNullGraphType<DateOnlyGraphType>>("date").Description("The date of the lesson.");
        Field<NonNullGraphType<TimeOnlyGraphType>>("startTime").Description("When the lesson starts, in French time.");
        Field<NonNullGraphType<TimeOnlyGraphType>>("endTime").Description("When the lesson ends, in French time.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("absentStudentIds").Description("The pupils absent.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LatenessInputType>>>>("late").Description("The pupils who came late, with their minutes.");
    }
}

internal sealed class LatenessInputType : InputObjectGraphType<LatenessInput>
{
    public LatenessInputType()
    {
        Name = "LatenessInput";
        Description = "A pupil who came late.";
        Field<NonNullGraphType<IdGraphType>>("studentId").Description("The pupil.");
        Field<NonNullGraphType<IntGraphType>>("minutes").Description("How late, from 1 to the lesson's length.");
    }
}

internal sealed class RecordRollCallPayloadType : ObjectGraphType<Payload<RollCall>>
{
    public RecordRollCallPayloadType()
    {
        Name = "RecordRollCallPayload";
        Description = "The roll call as recorded, or why nothing was.";
        Field<RollCallType>("rollCall").Description("The roll call; null when `errors` is not empty.").Resolve(context => context.Source.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("The mistakes in the input; when any, nothing was written.").Resolve(context => context.Source.Errors);
    }
}

/// <summary>
/// Records a lesson's roll call in one go, or corrects it: its teacher may until the end of the lesson's
/// day, its school's staff at any time. Each recording is kept as a revision.
/// </summary>
internal static class RollCallRecorder
{
    public static async Task<Payload<RollCall>> RecordAsync(IResolveFieldContext context, RecordRollCallInput input)
    {
        var policy = context.Policy();
        var viewer = policy.Viewer;
        var me = viewer.PersonId!.Value;
        var tenant = viewer.TenantId;
        var clock = context.Clock();
        var now = FrenchTime.Now(clock);
        var instant = clock.GetUtcNow();
        var cancellationToken = context.CancellationToken;
        var errors = new List<UserError>();

        if ((input.ClassId is null) == (input.GroupId is null))
        {
            return Payload<RollCall>.Failure(AbsenceErrorCodes.InvalidLesson, "Give the class or the teaching group of the lesson, not both.", "classId");
        }

        var classId = input.ClassId is null ? null : MutationSupport.Decode(input.ClassId, CoreTypeNames.Class, errors, "classId");
        var groupId = input.GroupId is null ? null : MutationSupport.Decode(input.GroupId, CoreTypeNames.TeachingGroup, errors, "groupId");
        var subjectId = MutationSupport.Decode(input.SubjectId, CoreTypeNames.Subject, errors, "subjectId");
        var startsAt = input.Date.ToDateTime(new TimeOnly(input.StartTime.Hour, input.StartTime.Minute));
        var endsAt = input.Date.ToDateTime(new TimeOnly(input.EndTime.Hour, input.EndTime.Minute));
        if (endsAt <= startsAt)
        {
            errors.Add(new UserError(AbsenceErrorCodes.InvalidTimeRange, "The lesson must end after it starts.", ["endTime"]));
        }

        if (startsAt > now)
        {
            errors.Add(new UserError(AbsenceErrorCodes.InFuture, "The roll call of a lesson can be recorded once it has started.", ["startTime"]));
        }

        var marks = new Dictionary<Guid, (AbsenceEventKind Kind, int? Minutes, string[] Field)>();
        for (var i = 0; i < input.AbsentStudentIds.Count; i++)
        {
            Mark(input.AbsentStudentIds[i], AbsenceEventKind.Absence, null, ["absentStudentIds", $"{i}"]);
        }

        for (var i = 0; i < input.Late.Count; i++)
        {
            Mark(input.Late[i].StudentId, AbsenceEventKind.Lateness, input.Late[i].Minutes, ["late", $"{i}", "studentId"]);
            if (input.Late[i].Minutes < 1 || input.Late[i].Minutes > (endsAt - startsAt).TotalMinutes)
            {
                errors.Add(new UserError(AbsenceErrorCodes.InvalidLateMinutes, "Late minutes must be between 1 and the lesson's length.", ["late", $"{i}", "minutes"]));
            }
        }

        if (errors.Count > 0)
        {
            return Payload<RollCall>.Failure(errors);
        }

        await using var db = await AbsenceLoaders.CreateAsync(context, cancellationToken);
        var schoolId = classId is { } c
            ? await db.Set<SchoolClass>().Where(x => x.Id == c && x.TenantId == tenant).Select(x => (Guid?)x.SchoolId).FirstOrDefaultAsync(cancellationToken)
            : await db.Set<TeachingGroup>().Where(x => x.Id == groupId && x.TenantId == tenant).Select(x => (Guid?)x.SchoolId).FirstOrDefaultAsync(cancellationToken);
        if (schoolId is not { } school)
        {
            return Payload<RollCall>.Failure(AbsenceErrorCodes.NotFound, "No class or group has this ID.", classId is null ? "groupId" : "classId");
        }

        if (!await db.Set<Subject>().AnyAsync(s => s.Id == subjectId && s.SchoolId == school, cancellationToken))
        {
            return Payload<RollCall>.Failure(AbsenceErrorCodes.NotFound, "No subject of the lesson's school has this ID.", "subjectId");
        }

        var isStaff = policy.Staffs(school);
        var teaches = await policy.TeachingAssignments(db)
            .AnyAsync(a => a.SubjectId == subjectId && (classId != null ? a.ClassId == classId : a.GroupId == groupId), cancellationToken);
        if (!isStaff && !teaches)
        {
            return Payload<RollCall>.Failure(AbsenceErrorCodes.NotYourLesson, "You do not teach this subject to this class or group.", classId is null ? "groupId" : "classId");
        }

        var rollCall = await db.RollCalls.Include(r => r.Events)
            .FirstOrDefaultAsync(r => r.TenantId == tenant && (classId != null ? r.ClassId == classId : r.GroupId == groupId) && r.StartsAt == startsAt, cancellationToken);
        if (rollCall is not null && !isStaff && DateOnly.FromDateTime(rollCall.StartsAt) != DateOnly.FromDateTime(now))
        {
            return Payload<RollCall>.Failure(AbsenceErrorCodes.CorrectionClosed, "A roll call can be corrected on the day of its lesson; ask the school's staff (CPE) now.", "date");
        }

        var roster = classId is { } rosterClass
            ? db.Set<ClassEnrollment>().Where(e => e.ClassId == rosterClass).Select(e => e.StudentId)
            : db.Set<GroupMembership>().Where(m => m.GroupId == groupId).Select(m => m.StudentId);
        var marked = marks.Keys.ToList();
        var inRoster = await db.Set<Person>().Where(p => marked.Contains(p.Id) && p.IsActive && roster.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var (student, mark) in marks.Where(m => !inRoster.Contains(m.Key)))
        {
            errors.Add(new UserError(AbsenceErrorCodes.StudentNotInClass, "This pupil is not in the lesson's class or group.", mark.Field));
        }

        var rollCallId = rollCall?.Id;
        var overlapping = await db.Events
            .Where(e => e.TenantId == tenant && marked.Contains(e.StudentId) && e.RollCallId != null && e.RollCallId != rollCallId
                && (e.Kind == AbsenceEventKind.Absence || e.Kind == AbsenceEventKind.Lateness) && e.StartsAt < endsAt && e.EndsAt > startsAt)
            .Select(e => e.StudentId)
            .Distinct()
            .ToListAsync(cancellationToken);
        foreach (var student in overlapping)
        {
            errors.Add(new UserError(AbsenceErrorCodes.OverlappingEvent, "This pupil is already marked at another lesson at that time.", marks[student].Field));
        }

        if (errors.Count > 0)
        {
            return Payload<RollCall>.Failure(errors);
        }

        if (rollCall is null)
        {
            var teacher = teaches
                ? me
                : await db.Set<TeachingAssignment>()
                    .Where(a => a.SubjectId == subjectId && (classId != null ? a.ClassId == classId : a.GroupId == groupId))
                    .Select(a => (Guid?)a.TeacherId)
                    .FirstOrDefaultAsync(cancellationToken) ?? me;
            rollCall = new RollCall
            {
                Id = Guid.CreateVersion7(instant),
                TenantId = tenant,
                SchoolId = school,
                ClassId = classId,
                GroupId = groupId,
                SubjectId = subjectId!.Value,
                TeacherId = teacher,
                StartsAt = startsAt,
                EndsAt = endsAt,
                RecordedAt = instant,
            };
            db.RollCalls.Add(rollCall);
        }

        rollCall.SubjectId = subjectId!.Value;
        rollCall.EndsAt = endsAt;
        rollCall.UpdatedAt = instant;
        rollCall.Revision++;
        var revision = new RollCallRevision { Id = Guid.CreateVersion7(instant), RollCallId = rollCall.Id, Number = rollCall.Revision, RecordedAt = instant, RecordedById = me };
        revision.Marks.AddRange(marks.Select(m => new RollCallMark { RevisionId = revision.Id, StudentId = m.Key, Kind = m.Value.Kind, LateMinutes = m.Value.Minutes }));
        db.RollCallRevisions.Add(revision);

        var added = new List<AbsenceEvent>();
        foreach (var existing in rollCall.Events.ToList())
        {
            if (!marks.TryGetValue(existing.StudentId, out var mark) || mark.Kind != existing.Kind)
            {
                db.Events.Remove(existing);
            }
            else if (mark.Minutes is { } minutes && minutes != existing.LateMinutes)
            {
                existing.LateMinutes = minutes;
                existing.EndsAt = startsAt.AddMinutes(minutes);
            }
        }

        foreach (var (student, mark) in marks.Where(m => !rollCall.Events.Any(e => e.StudentId == m.Key && e.Kind == m.Value.Kind)))
        {
            var absenceEvent = new AbsenceEvent
            {
                Id = Guid.CreateVersion7(instant),
                TenantId = tenant,
                SchoolId = school,
                StudentId = student,
                Kind = mark.Kind,
                StartsAt = startsAt,
                EndsAt = mark.Minutes is { } minutes ? startsAt.AddMinutes(minutes) : endsAt,
                LateMinutes = mark.Minutes,
                RollCallId = rollCall.Id,
                RecordedById = me,
                RecordedAt = instant,
                State = JustificationState.Unjustified,
            };
            absenceEvent.StateChanges.Add(new AbsenceEventStateChange { Id = Guid.CreateVersion7(instant), EventId = absenceEvent.Id, ToState = JustificationState.Unjustified, ChangedAt = instant, ChangedById = me });
            db.Events.Add(absenceEvent);
            added.Add(absenceEvent);
        }

        var alerts = await SaveWithAlertsAsync(db, tenant, school, [.. added.Where(e => e.Kind == AbsenceEventKind.Absence).Select(e => e.StudentId)], [DateOnly.FromDateTime(startsAt)], instant, cancellationToken);
        if (alerts is null)
        {
            return Payload<RollCall>.Failure(AbsenceErrorCodes.Conflict, "Someone recorded this roll call at the same moment; load it and try again.");
        }

        await MutationSupport.PublishAsync(context, [.. added.Select(e => MutationSupport.Recorded(e, instant)).OfType<IDomainEvent>(), .. alerts.Select(MutationSupport.Crossed)]);
        return Payload<RollCall>.Success(rollCall);

        void Mark(string id, AbsenceEventKind kind, int? minutes, string[] field)
        {
            if (MutationSupport.Decode(id, CoreTypeNames.Person, errors, field) is not { } student)
            {
                return;
            }

            if (!marks.TryAdd(student, (kind, minutes, field)))
            {
                errors.Add(new UserError(AbsenceErrorCodes.DuplicateStudent, "This pupil is named twice.", field));
            }
        }
    }

    /// <summary>
    /// Saves the changes and the alerts they raise in one transaction. Returns <see langword="null"/> when a
    /// concurrent write got there first (a unique index refused the change); nothing is then saved.
    /// </summary>
    public static async Task<IReadOnlyList<AbsenceAlert>?> SaveWithAlertsAsync(
        AbsencesDbContext db, string tenant, Guid school, IReadOnlyCollection<Guid> students, IReadOnlyCollection<DateOnly> dates, DateTimeOffset instant, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            var alerts = await AlertRaiser.RaiseAsync(db, tenant, school, students, dates, instant, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return alerts;
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            return null;
        }
    }
}
