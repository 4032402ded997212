using Ent.Directory;
using Ent.GraphQL;
using Ent.Plugins.Absences.Domain;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Absences.GraphQL;

/// <summary>The input of <c>submitJustification</c>.</summary>
internal sealed class SubmitJustificationInput
{
    public List<string> EventIds { get; set; } = [];

    public string ReasonId { get; set; } = string.Empty;

    public string Message { get; set; } = string.Empty;

    public string? AttachmentReference { get; set; }
}

internal sealed class SubmitJustificationInputType : InputObjectGraphType<SubmitJustificationInput>
{
    public SubmitJustificationInputType()
    {
        Name = "SubmitJustificationInput";
        Description = "A relative's justification of events of one of their children.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("eventIds").Description("The events it covers, all of one pupil.");
        Field<NonNullGraphType<IdGraphType>>("reasonId").Description("One of the school's current reasons.");
        Field<NonNullGraphType<StringGraphType>>("message").Description("A message for staff (at most 2000 characters).");
        Field<StringGraphType>("attachmentReference").Description("A reference to a document uploaded to the file service, such as a medical certificate.");
    }
}

/// <summary>The input of <c>decideJustification</c>.</summary>
internal sealed class DecideJustificationInput
{
    public string JustificationId { get; set; } = string.Empty;

    public bool Accept { get; set; }

    public string? ReasonId { get; set; }

    public string? Comment { get; set; }
}

internal sealed class DecideJustificationInputType : InputObjectGraphType<DecideJustificationInput>
{
    public DecideJustificationInputType()
    {
        Name = "DecideJustificationInput";
        Description = "Staff's decision on a pending justification.";
        Field<NonNullGraphType<IdGraphType>>("justificationId").Description("The justification.");
        Field<NonNullGraphType<BooleanGraphType>>("accept").Description("True to accept it, false to refuse it.");
        Field<IdGraphType>("reasonId").Description("When accepting, another of the school's reasons to record instead of the relative's.");
        Field<StringGraphType>("comment").Description("A note for the family (at most 2000 characters).");
    }
}

internal sealed class JustificationPayloadType : ObjectGraphType<Payload<Justification>>
{
    public JustificationPayloadType()
    {
        Name = "JustificationPayload";
        Description = "The justification as submitted or decided, or why nothing was written.";
        Field<JustificationType>("justification").Description("The justification; null when `errors` is not empty.").Resolve(context => context.Source.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("The mistakes in the input; when any, nothing was written.").Resolve(context => context.Source.Errors);
    }
}

/// <summary>Relatives submit justifications; staff decide them.</summary>
internal static class JustificationDesk
{
    public static async Task<Payload<Justification>> SubmitAsync(IResolveFieldContext context, SubmitJustificationInput input)
    {
        var policy = context.Policy();
        var me = policy.Viewer.PersonId!.Value;
        var tenant = policy.Viewer.TenantId;
        var instant = context.Clock().GetUtcNow();
        var cancellationToken = context.CancellationToken;
        var errors = new List<UserError>();

        var eventIds = new List<(Guid Id, string[] Field)>();
        for (var i = 0; i < input.EventIds.Count; i++)
        {
            if (MutationSupport.Decode(input.EventIds[i], "AbsenceEvent", errors, "eventIds", $"{i}") is { } id)
            {
                eventIds.Add((id, ["eventIds", $"{i}"]));
            }
        }

        if (input.EventIds.Count == 0)
        {
            errors.Add(new UserError(AbsenceErrorCodes.NotFound, "Name at least one event.", ["eventIds"]));
        }

        var reasonId = MutationSupport.Decode(input.ReasonId, "AbsenceReason", errors, "reasonId");
        var message = MutationSupport.CheckText(input.Message, 2000, required: true, errors, "message");
        var attachment = MutationSupport.CheckText(input.AttachmentReference, 500, required: false, errors, "attachmentReference");
        if (errors.Count > 0)
        {
            return Payload<Justification>.Failure(errors);
        }

        await using var db = await AbsenceLoaders.CreateAsync(context, cancellationToken);
        var keys = eventIds.Select(e => e.Id).ToList();
        var children = db.Set<FamilyLink>().Where(l => l.RelativeId == me && l.TenantId == tenant && l.IsLegalGuardian).Select(l => l.StudentId);
        var events = await db.Events.Where(e => keys.Contains(e.Id) && e.TenantId == tenant && children.Contains(e.StudentId)).ToListAsync(cancellationToken);

        // An event that does not exist and one of another family look the same.
        foreach (var (id, field) in eventIds.Where(e => events.TrueForAll(found => found.Id != e.Id)))
        {
            errors.Add(new UserError(AbsenceErrorCodes.NotYourChild, "You can justify only your own children's events.", field));
        }

        if (events.Select(e => e.StudentId).Distinct().Count() > 1)
        {
            errors.Add(new UserError(AbsenceErrorCodes.SeveralStudents, "Justify each child's events apart.", ["eventIds"]));
        }

        foreach (var (id, field) in eventIds.Where(e => keys.IndexOf(e.Id) != eventIds.IndexOf(e)))
        {
            errors.Add(new UserError(AbsenceErrorCodes.DuplicateEvent, "This event is named twice.", field));
        }

        foreach (var found in events)
        {
            if (JustificationRules.CannotSubmit(found.Kind, found.State) is { } code)
            {
                errors.Add(new UserError(code, code switch
                {
                    AbsenceErrorCodes.NotJustifiable => "An incident is never justified.",
                    AbsenceErrorCodes.AlreadyJustified => "This event is already justified.",
                    _ => "A justification of this event is already waiting for the school's decision.",
                }, eventIds.First(e => e.Id == found.Id).Field));
            }
        }

        var schools = events.Select(e => e.SchoolId).Distinct().ToList();
        if (errors.Count == 0 && !await db.Reasons.AnyAsync(r => r.Id == reasonId && r.IsActive && schools.Contains(r.SchoolId), cancellationToken))
        {
            errors.Add(new UserError(AbsenceErrorCodes.InvalidReason, "This reason is not one of the school's current reasons.", ["reasonId"]));
        }

        if (errors.Count > 0)
        {
            return Payload<Justification>.Failure(errors);
        }

        var justification = new Justification
        {
            Id = Guid.CreateVersion7(instant),
            TenantId = tenant,
            SchoolId = events[0].SchoolId,
            StudentId = events[0].StudentId,
            SubmittedById = me,
            SubmittedAt = instant,
            ReasonId = reasonId!.Value,
            Message = message!,
            AttachmentReference = attachment,
            Status = JustificationStatus.Pending,
        };
        justification.Events.AddRange(events.Select(e => new JustificationEvent { JustificationId = justification.Id, EventId = e.Id }));
        db.Justifications.Add(justification);
        foreach (var found in events)
        {
            db.StateChanges.Add(new AbsenceEventStateChange
            {
                Id = Guid.CreateVersion7(instant), EventId = found.Id, FromState = found.State, ToState = JustificationState.JustificationPending,
                ChangedAt = instant, ChangedById = me, JustificationId = justification.Id,
            });
            found.State = JustificationState.JustificationPending;
        }

        await db.SaveChangesAsync(cancellationToken);
        await MutationSupport.PublishAsync(context, [new Events.JustificationSubmitted(tenant, instant, justification.Id, justification.StudentId, justification.SchoolId, me, [.. events.Select(e => e.Id)])]);
        return Payload<Justification>.Success(justification);
    }

    public static async Task<Payload<Justification>> DecideAsync(IResolveFieldContext context, DecideJustificationInput input)
    {
        var policy = context.Policy();
        var me = policy.Viewer.PersonId!.Value;
        var tenant = policy.Viewer.TenantId;
        var instant = context.Clock().GetUtcNow();
        var cancellationToken = context.CancellationToken;
        var errors = new List<UserError>();

        var id = MutationSupport.Decode(input.JustificationId, "Justification", errors, "justificationId");
        var reasonId = input.ReasonId is null ? null : MutationSupport.Decode(input.ReasonId, "AbsenceReason", errors, "reasonId");
        var comment = MutationSupport.CheckText(input.Comment, 2000, required: false, errors, "comment");
        if (errors.Count > 0)
        {
            return Payload<Justification>.Failure(errors);
        }

        await using var db = await AbsenceLoaders.CreateAsync(context, cancellationToken);
        var staffed = policy.StaffedSchools();
        var justification = await db.Justifications.FirstOrDefaultAsync(j => j.Id == id && j.TenantId == tenant && staffed.Contains(j.SchoolId), cancellationToken);
        if (justification is null)
        {
            return Payload<Justification>.Failure(AbsenceErrorCodes.NotFound, "No justification of a school you staff has this ID.", "justificationId");
        }

        if (JustificationRules.CannotDecide(justification.Status) is { } code)
        {
            return Payload<Justification>.Failure(code, "This justification was already decided.", "justificationId");
        }

        if (reasonId is not null && !await db.Reasons.AnyAsync(r => r.Id == reasonId && r.SchoolId == justification.SchoolId && r.IsActive, cancellationToken))
        {
            return Payload<Justification>.Failure(AbsenceErrorCodes.InvalidReason, "This reason is not one of the school's current reasons.", "reasonId");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Claims the decision atomically, so that two staff members deciding at once cannot both succeed.
        var status = input.Accept ? JustificationStatus.Accepted : JustificationStatus.Refused;
        var claimed = await db.Justifications
            .Where(j => j.Id == justification.Id && j.Status == JustificationStatus.Pending)
            .ExecuteUpdateAsync(set => set.SetProperty(j => j.Status, status), cancellationToken);
        if (claimed == 0)
        {
            return Payload<Justification>.Failure(AbsenceErrorCodes.JustificationAlreadyDecided, "This justification was already decided.", "justificationId");
        }

        justification.Status = status;
        justification.DecidedById = me;
        justification.DecidedAt = instant;
        justification.DecisionComment = comment;
        if (input.Accept && reasonId is not null)
        {
            justification.ReasonId = reasonId.Value;
        }

        var covered = db.JustificationEvents.Where(link => link.JustificationId == justification.Id).Select(link => link.EventId);
        var events = await db.Events.Where(e => covered.Contains(e.Id) && e.State == JustificationState.JustificationPending).ToListAsync(cancellationToken);
        var after = JustificationRules.AfterDecision(input.Accept);
        foreach (var decided in events)
        {
            db.StateChanges.Add(new AbsenceEventStateChange
            {
                Id = Guid.CreateVersion7(instant), EventId = decided.Id, FromState = decided.State, ToState = after,
                ChangedAt = instant, ChangedById = me, JustificationId = justification.Id, Comment = comment,
            });
            decided.State = after;
            if (input.Accept)
            {
                decided.ReasonId = justification.ReasonId;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await MutationSupport.PublishAsync(context, [new Events.JustificationDecided(tenant, instant, justification.Id, justification.StudentId, justification.SubmittedById, me, input.Accept)]);
        return Payload<Justification>.Success(justification);
    }
}
