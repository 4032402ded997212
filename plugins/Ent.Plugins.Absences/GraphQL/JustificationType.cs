using Ent.Directory;
using Ent.GraphQL;
using Ent.GraphQL.Loading;
using Ent.Plugins.Absences.Domain;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Absences.GraphQL;

internal sealed class JustificationType : NodeGraphType<Justification>
{
    public JustificationType()
    {
        Name = "Justification";
        Description = "A relative's justification of events of their child, which staff accept or refuse.";
        Field("student", CoreTypes.NonNull(CoreTypeNames.Person)).Description("The pupil.")
            .Resolve(context => AbsenceLoaders.ById<Person>(context, context.Source.StudentId));
        Field("submittedBy", CoreTypes.NonNull(CoreTypeNames.Person)).Description("The relative who submitted it.")
            .Resolve(context => AbsenceLoaders.ById<Person>(context, context.Source.SubmittedById));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("submittedAt").Description("When it was submitted.").Resolve(context => context.Source.SubmittedAt);
        Field<NonNullGraphType<AbsenceReasonType>>("reason").Description("The reason given.")
            .Resolve(context => AbsenceLoaders.ById<AbsenceReason>(context, context.Source.ReasonId));
        Field(j => j.Message).Description("The relative's message.");
        Field(j => j.AttachmentReference, nullable: true).Description("A reference to an attached document, kept by the file service.");
        Field<NonNullGraphType<EnumerationGraphType<JustificationStatus>>>("status").Description("Where it stands.").Resolve(context => context.Source.Status);
        Field("decidedBy", CoreTypes.Nullable(CoreTypeNames.Person)).Description("The staff member who decided it.")
            .Resolve(context => context.Source.DecidedById is { } id ? AbsenceLoaders.ById<Person>(context, id) : null);
        Field<DateTimeOffsetGraphType>("decidedAt").Description("When it was decided.").Resolve(context => context.Source.DecidedAt);
        Field(j => j.DecisionComment, nullable: true).Description("What staff wrote with their decision.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AbsenceEventType>>>>("events")
            .Description("The events it covers, by start.")
            .Resolve(context => AbsenceLoaders.Related(context, "eventsByJustification", context.Source.Id, (db, keys) =>
                    db.JustificationEvents.Where(link => keys.Contains(link.JustificationId))
                        .Join(db.Events.AsNoTracking(), link => link.EventId, e => e.Id, (link, e) => new KeyedRow<AbsenceEvent>(link.JustificationId, e)))
                .Then(events => events.OrderBy(e => e.StartsAt).ToList()));
    }

    protected override Guid GetKey(Justification source) => source.Id;

    public override async ValueTask<object?> ResolveNodeAsync(IResolveFieldContext context, Guid key)
    {
        await using var db = await AbsenceLoaders.CreateAsync(context, context.CancellationToken);
        return await AbsenceAccess.VisibleJustifications(db, context.Policy()).AsNoTracking().FirstOrDefaultAsync(j => j.Id == key, context.CancellationToken);
    }
}
