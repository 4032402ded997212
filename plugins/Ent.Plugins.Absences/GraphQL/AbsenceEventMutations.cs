using Ent.Directory;
using Ent.Events;
using Ent.GraphQL;
using Ent.Plugins.Absences.Domain;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Absences.GraphQL;

/// <summary>The input of <c>recordAbsenceEvent</c>.</summary>
internal sealed class RecordAbsenceEventInput
{
    public string StudentId { get; set; } = string.Empty;

    public AbsenceEventKind Kind { get; set; }

    public DateOnly Date { get; set; }

    public TimeOnly? StartTime { get; set; }

    public DateOnly? EndDate { get; set; }

    public TimeOnly? EndTime { get; set; }

    public int? LateMinutes { get; set; }

    public string? Comment { get; set; }

    public string? ReasonId { get; set; }
}

internal sealed class RecordAbsenceEventInputType : InputObjectGraphType<RecordAbsenceEventInput>
{
    public RecordAbsenceEventInputType()
    {
        Name = "RecordAbsenceEventInput";
        Description = "An event staff record: an absence for a day or a span of days, a lateness, an early departure or an incident. Times are French times.";
        Field<NonNullGraphType<IdGraphType>>("studentId").Description("The pupil.");
        Field<NonNullGraphType<EnumerationGraphType<AbsenceEventKind>>>("kind").Description("What happened.");
        Field<NonNullGraphType<DateOnlyGraphType>>("date").Description("The day it starts.");
        Field<TimeOnlyGraphType>("startTime").Description("When it starts; for an absence, the start of the school day by default. Required for the other kinds.");
        Field<DateOnlyGraphType>("endDate").Description("The last day of an absence spanning several days (default: `date`).");
        Field<TimeOnlyGraphType>("endTime").Description("When an absence or early departure ends (default: the end of the school day).");
        Field<IntGraphType>("lateMinutes").Description("How late, for a lateness.");
        Field<StringGraphType>("comment").Description("A note, such as an incident's account (at most 2000 characters).");
        Field<IdGraphType>("reasonId").Description("A reason to justify the event at once, when staff already hold the proof.");
    }
}

internal sealed class RecordAbsenceEventPayloadType : ObjectGraphType<Payload<AbsenceEvent>>
{
    public RecordAbsenceEventPayloadType()
    {
        Name = "RecordAbsenceEventPayload";
        Description = "The event as recorded, or why nothing was.";
        Field<AbsenceEventType>("event").Description("The event; null when `errors` is not empty.").Resolve(context => context.Source.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("The mistakes in the input; when any, nothing was written.").Resolve(context => context.Source.Errors);
    }
}

/// <summary>Records an event for a pupil of a school the viewer staffs.</summary>
internal static class AbsenceEventRecorder
{
    public static async Task<Payload<AbsenceEvent>> RecordAsync(IResolveFieldContext context, RecordAbsenceEventInput input)
    {
        var policy = context.Policy();
        var me = policy.Viewer.PersonId!.Value;
        var tenant = policy.Viewer.TenantId;
        var clock = context.Clock();
        var now = FrenchTime.Now(clock);
        var instant = clock.GetUtcNow();
        var cancellationToken = context.CancellationToken;
        var errors = new List<UserError>();

        var studentId = MutationSupport.Decode(input.StudentId, CoreTypeNames.Person, errors, "studentId");
        var reasonId = input.ReasonId is null ? null : MutationSupport.Decode(input.ReasonId, "AbsenceReason", errors, "reasonId");
        var comment = MutationSupport.CheckText(input.Comment, 2000, required: false, errors, "comment");
        if (errors.Count > 0)
        {
            return Payload<AbsenceEvent>.Failure(errors);
        }

        await using var db = await AbsenceLoaders.CreateAsync(context, cancellationToken);
        var staffed = policy.StaffedSchools();
        var schools = await db.Set<Profile>()
            .Where(p => p.PersonId == studentId && p.TenantId == tenant && p.Kind == ProfileKind.Student && p.IsActive)
            .Select(p => p.SchoolId)
            .ToListAsync(cancellationToken);
        if (schools.Count == 0)
        {
            return Payload<AbsenceEvent>.Failure(AbsenceErrorCodes.NotFound, "No pupil has this ID.", "studentId");
        }

        var school = schools.FirstOrDefault(staffed.Contains);
        if (school == Guid.Empty)
        {
            return Payload<AbsenceEvent>.Failure(AbsenceErrorCodes.NotSchoolStaff, "You do not staff this pupil's school.", "studentId");
        }

        var day = SchoolDay.From(await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.SchoolId == school, cancellationToken));
        if (input.Kind != AbsenceEventKind.Absence && input.StartTime is null)
        {
            errors.Add(new UserError(AbsenceErrorCodes.InvalidTimeRange, "Give the time it happened.", ["startTime"]));
            return Payload<AbsenceEvent>.Failure(errors);
        }

        var startsAt = input.Date.ToDateTime(Minute(input.StartTime ?? day.MorningStartsAt));
        var endsAt = input.Kind switch
        {
            AbsenceEventKind.Lateness => startsAt.AddMinutes(input.LateMinutes ?? 0),
            AbsenceEventKind.Incident => startsAt,
            _ => (input.EndDate ?? input.Date).ToDateTime(Minute(input.EndTime ?? day.AfternoonEndsAt)),
        };
        if (input.Kind == AbsenceEventKind.Lateness && input.LateMinutes is not (>= 1 and <= 240))
        {
            errors.Add(new UserError(AbsenceErrorCodes.InvalidLateMinutes, "Late minutes must be between 1 and 240.", ["lateMinutes"]));
        }
        else if (input.Kind != AbsenceEventKind.Incident && endsAt <= startsAt)
        {
            errors.Add(new UserError(AbsenceErrorCodes.InvalidTimeRange, "It must end after it starts.", [input.EndDate is null ? "endTime" : "endDate"]));
        }

        if (startsAt > now)
        {
            errors.Add(new UserError(AbsenceErrorCodes.InFuture, "An event can be recorded once it has started.", [input.StartTime is null ? "date" : "startTime"]));
        }

        if (input.Kind != AbsenceEventKind.Incident
            && await db.Events.AnyAsync(e => e.StudentId == studentId && e.TenantId == tenant && e.RollCallId == null && e.Kind == input.Kind && e.StartsAt < endsAt && e.EndsAt > startsAt, cancellationToken))
        {
            errors.Add(new UserError(AbsenceErrorCodes.OverlappingEvent, "The pupil already has an event of this kind at that time.", ["date"]));
        }

        if (reasonId is not null)
        {
            if (input.Kind == AbsenceEventKind.Incident)
            {
                errors.Add(new UserError(AbsenceErrorCodes.NotJustifiable, "An incident is never justified.", ["reasonId"]));
            }
            else if (!await db.Reasons.AnyAsync(r => r.Id == reasonId && r.SchoolId == school && r.IsActive, cancellationToken))
            {
                errors.Add(new UserError(AbsenceErrorCodes.InvalidReason, "This reason is not one of the school's current reasons.", ["reasonId"]));
            }
        }

        if (errors.Count > 0)
        {
            return Payload<AbsenceEvent>.Failure(errors);
        }

        var absenceEvent = new AbsenceEvent
        {
            Id = Guid.CreateVersion7(instant),
            TenantId = tenant,
            SchoolId = school,
            StudentId = studentId!.Value,
            Kind = input.Kind,
            StartsAt = startsAt,
            EndsAt = endsAt,
            LateMinutes = input.Kind == AbsenceEventKind.Lateness ? input.LateMinutes : null,
            RecordedById = me,
            RecordedAt = instant,
            Comment = comment,
            State = JustificationRules.InitialState(input.Kind),
        };
        if (absenceEvent.State is { } initial)
        {
            absenceEvent.StateChanges.Add(new AbsenceEventStateChange { Id = Guid.CreateVersion7(instant), EventId = absenceEvent.Id, ToState = initial, ChangedAt = instant, ChangedById = me });
        }

        if (reasonId is not null)
        {
            absenceEvent.State = JustificationState.Justified;
            absenceEvent.ReasonId = reasonId;
            absenceEvent.StateChanges.Add(new AbsenceEventStateChange
            {
                Id = Guid.CreateVersion7(instant), EventId = absenceEvent.Id, FromState = JustificationState.Unjustified, ToState = JustificationState.Justified,
                ChangedAt = instant, ChangedById = me, Comment = "Justified by staff when recorded.",
            });
        }

        db.Events.Add(absenceEvent);
        var dates = Enumerable.Range(0, (DateOnly.FromDateTime(endsAt).DayNumber - DateOnly.FromDateTime(startsAt).DayNumber) + 1)
            .Select(offset => DateOnly.FromDateTime(startsAt).AddDays(offset))
            .ToList();
        var alerts = await RollCallRecorder.SaveWithAlertsAsync(db, tenant, school, input.Kind == AbsenceEventKind.Absence ? [absenceEvent.StudentId] : [], dates, instant, cancellationToken);
        if (alerts is null)
        {
            return Payload<AbsenceEvent>.Failure(AbsenceErrorCodes.Conflict, "Someone changed this pupil's events at the same moment; try again.");
        }

        await MutationSupport.PublishAsync(context, [.. new[] { MutationSupport.Recorded(absenceEvent, instant) }.OfType<IDomainEvent>(), .. alerts.Select(MutationSupport.Crossed)]);
        return Payload<AbsenceEvent>.Success(absenceEvent);
    }

    private static TimeOnly Minute(TimeOnly time) => new(time.Hour, time.Minute);
}
