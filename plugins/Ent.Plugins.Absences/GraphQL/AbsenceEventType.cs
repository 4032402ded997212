using Ent.Directory;
using Ent.GraphQL;
using Ent.GraphQL.Loading;
using Ent.Plugins.Absences.Domain;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Absences.GraphQL;

internal sealed class AbsenceEventType : NodeGraphType<AbsenceEvent>
{
    public AbsenceEventType()
    {
        Name = "AbsenceEvent";
        Description = "An absence, lateness, early departure or incident of a pupil, recorded at a roll call or by staff.";
        Field<NonNullGraphType<EnumerationGraphType<AbsenceEventKind>>>("kind").Description("What happened.").Resolve(context => context.Source.Kind);
        Field("student", CoreTypes.NonNull(CoreTypeNames.Person)).Description("The pupil.")
            .Resolve(context => AbsenceLoaders.ById<Person>(context, context.Source.StudentId));
        Field("school", CoreTypes.NonNull(CoreTypeNames.School)).Description("The school that recorded it.")
            .Resolve(context => AbsenceLoaders.ById<School>(context, context.Source.SchoolId));
        Field<NonNullGraphType<DateOnlyGraphType>>("date").Description("The date it starts, in French time.")
            .Resolve(context => DateOnly.FromDateTime(context.Source.StartsAt));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startsAt").Description("When it starts, with the French offset.")
            .Resolve(context => FrenchTime.ToInstant(context.Source.StartsAt));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("endsAt").Description("When it ends, with the French offset; the start for an incident.")
            .Resolve(context => FrenchTime.ToInstant(context.Source.EndsAt));
        Field<IntGraphType>("lateMinutes").Description("The minutes of a lateness.").Resolve(context => context.Source.LateMinutes);
        Field<StringGraphType>("comment").Description("What the person who recorded it wrote, such as an incident's account.").Resolve(context => context.Source.Comment);
        Field<RollCallType>("rollCall").Description("The roll call that recorded it; null when staff recorded it, or for viewers who do not see roll calls.")
            .Resolve(context =>
            {
                if (context.Source.RollCallId is not { } rollCallId)
                {
                    return null;
                }

                var policy = context.Policy();
                return AbsenceLoaders.Related(context, "visibleRollCall", rollCallId, (db, keys) =>
                        AbsenceAccess.VisibleRollCalls(db, policy).AsNoTracking().Where(r => keys.Contains(r.Id)).Select(r => new KeyedRow<RollCall>(r.Id, r)))
                    .Then(visible => visible.Count > 0 ? visible[0] : null);
            });
        Field("recordedBy", CoreTypes.NonNull(CoreTypeNames.Person)).Description("Who recorded it.")
            .Resolve(context => AbsenceLoaders.ById<Person>(context, context.Source.RecordedById));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("recordedAt").Description("When it was recorded.").Resolve(context => context.Source.RecordedAt);
        Field<EnumerationGraphType<JustificationState>>("justificationState").Description("Where its justification stands; null for an incident, which is never justified.")
            .Resolve(context => context.Source.State);
        Field<AbsenceReasonType>("reason").Description("The reason of the accepted justification, if any.")
            .Resolve(context => context.Source.ReasonId is { } reasonId ? AbsenceLoaders.ById<AbsenceReason>(context, reasonId) : null);
        Field<NonNullGraphType<BooleanGraphType>>("countsAsJustified")
            .Description("Whether counts treat it as justified: justified with a reason that counts as valid.")
            .Resolve(context =>
            {
                var state = context.Source.State;
                return context.Source.ReasonId is { } reasonId
                    ? AbsenceLoaders.ById<AbsenceReason>(context, reasonId).Then(reason => JustificationRules.CountsAsJustified(state, reason?.CountsAsValid == true))
                    : false;
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AbsenceEventStateChangeType>>>>("stateHistory")
            .Description("The history of its justification state, oldest first.")
            .Resolve(context => AbsenceLoaders.Related(context, "stateChangesByEvent", context.Source.Id, (db, keys) =>
                    db.StateChanges.AsNoTracking().Where(c => keys.Contains(c.EventId)).Select(c => new KeyedRow<AbsenceEventStateChange>(c.EventId, c)))
                .Then(changes => changes.OrderBy(c => c.ChangedAt).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JustificationType>>>>("justifications")
            .Description("The justifications submitted for it, oldest first, for those who read the pupil's whole record.")
            .Resolve(context =>
            {
                var policy = context.Policy();
                return AbsenceLoaders.Related(context, "justificationsByEvent", context.Source.Id, (db, keys) =>
                        db.JustificationEvents.Where(link => keys.Contains(link.EventId))
                            .Join(AbsenceAccess.VisibleJustifications(db, policy).AsNoTracking(), link => link.JustificationId, j => j.Id, (link, j) => new KeyedRow<Justification>(link.EventId, j)))
                    .Then(justifications => justifications.OrderBy(j => j.SubmittedAt).ToList());
            });
    }

    protected override Guid GetKey(AbsenceEvent source) => source.Id;

    public override async ValueTask<object?> ResolveNodeAsync(IResolveFieldContext context, Guid key)
    {
        await using var db = await AbsenceLoaders.CreateAsync(context, context.CancellationToken);
        return await AbsenceAccess.VisibleEvents(db, context.Policy()).AsNoTracking().FirstOrDefaultAsync(e => e.Id == key, context.CancellationToken);
    }
}

internal sealed class AbsenceEventStateChangeType : ObjectGraphType<AbsenceEventStateChange>
{
    public AbsenceEventStateChangeType()
    {
        Name = "AbsenceEventStateChange";
        Description = "A step in the history of an event's justification state.";
        Field<EnumerationGraphType<JustificationState>>("from").Description("The state before; null when the event was recorded.").Resolve(context => context.Source.FromState);
        Field<NonNullGraphType<EnumerationGraphType<JustificationState>>>("to").Description("The state after.").Resolve(context => context.Source.ToState);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("changedAt").Description("When.").Resolve(context => context.Source.ChangedAt);
        Field("changedBy", CoreTypes.NonNull(CoreTypeNames.Person)).Description("Who.")
            .Resolve(context => AbsenceLoaders.ById<Person>(context, context.Source.ChangedById));
        Field<StringGraphType>("comment").Description("Why, if they said.").Resolve(context => context.Source.Comment);
    }
}
