using Ent.Directory;
using Ent.GraphQL;
using Ent.GraphQL.Loading;
using Ent.Plugins.Absences.Domain;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Absences.GraphQL;

internal sealed class RollCallType : NodeGraphType<RollCall>
{
    public RollCallType()
    {
        Name = "RollCall";
        Description = "The roll call (appel) of a lesson: who was absent or late; everyone else was present.";
        Field("class", CoreTypes.Nullable(CoreTypeNames.Class)).Description("The class of the lesson, when not a group.")
            .Resolve(context => context.Source.ClassId is { } classId ? AbsenceLoaders.ById<SchoolClass>(context, classId) : null);
        Field("group", CoreTypes.Nullable(CoreTypeNames.TeachingGroup)).Description("The teaching group of the lesson, when not a class.")
            .Resolve(context => context.Source.GroupId is { } groupId ? AbsenceLoaders.ById<TeachingGroup>(context, groupId) : null);
        Field("subject", CoreTypes.NonNull(CoreTypeNames.Subject)).Description("The subject of the lesson.")
            .Resolve(context => AbsenceLoaders.ById<Subject>(context, context.Source.SubjectId));
        Field("teacher", CoreTypes.NonNull(CoreTypeNames.Person)).Description("The teacher of the lesson.")
            .Resolve(context => AbsenceLoaders.ById<Person>(context, context.Source.TeacherId));
        Field<NonNullGraphType<DateOnlyGraphType>>("date").Description("The date of the lesson, in French time.")
            .Resolve(context => DateOnly.FromDateTime(context.Source.StartsAt));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startsAt").Description("When the lesson starts.").Resolve(context => FrenchTime.ToInstant(context.Source.StartsAt));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("endsAt").Description("When the lesson ends.").Resolve(context => FrenchTime.ToInstant(context.Source.EndsAt));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("recordedAt").Description("When it was first recorded.").Resolve(context => context.Source.RecordedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Description("When it was last recorded or corrected.").Resolve(context => context.Source.UpdatedAt);
        Field<NonNullGraphType<IntGraphType>>("revision").Description("The number of its latest recording, from 1: above 1, it was corrected.").Resolve(context => context.Source.Revision);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AbsenceEventType>>>>("events")
            .Description("The absences and latenesses it records, by pupil.")
            .Resolve(context =>
            {
                var policy = context.Policy();
                return AbsenceLoaders.Related(context, "eventsByRollCall", context.Source.Id, (db, keys) =>
                    AbsenceAccess.VisibleEvents(db, policy).AsNoTracking().Where(e => e.RollCallId != null && keys.Contains(e.RollCallId.Value))
                        .OrderBy(e => e.StudentId)
                        .Select(e => new KeyedRow<AbsenceEvent>(e.RollCallId!.Value, e)));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RollCallRevisionType>>>>("history")
            .Description("Every recording of the roll call, the first one first: corrections never erase what was recorded.")
            .Resolve(context => AbsenceLoaders.Related(context, "revisionsByRollCall", context.Source.Id, (db, keys) =>
                    db.RollCallRevisions.AsNoTracking().Where(v => keys.Contains(v.RollCallId)).Select(v => new KeyedRow<RollCallRevision>(v.RollCallId, v)))
                .Then(revisions => revisions.OrderBy(v => v.Number).ToList()));
    }

    protected override Guid GetKey(RollCall source) => source.Id;

    public override async ValueTask<object?> ResolveNodeAsync(IResolveFieldContext context, Guid key)
    {
        await using var db = await AbsenceLoaders.CreateAsync(context, context.CancellationToken);
        return await AbsenceAccess.VisibleRollCalls(db, context.Policy()).AsNoTracking().FirstOrDefaultAsync(r => r.Id == key, context.CancellationToken);
    }
}

internal sealed class RollCallRevisionType : ObjectGraphType<RollCallRevision>
{
    public RollCallRevisionType()
    {
        Name = "RollCallRevision";
        Description = "One recording of a roll call.";
        Field(v => v.Number).Description("Its number, from 1.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("recordedAt").Description("When it was recorded.").Resolve(context => context.Source.RecordedAt);
        Field("recordedBy", CoreTypes.NonNull(CoreTypeNames.Person)).Description("Who recorded it: the teacher, or staff correcting it.")
            .Resolve(context => AbsenceLoaders.ById<Person>(context, context.Source.RecordedById));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RollCallMarkType>>>>("marks")
            .Description("The pupils it marked absent or late; everyone else was present.")
            .Resolve(context => AbsenceLoaders.Related(context, "marksByRevision", context.Source.Id, (db, keys) =>
                    db.Set<RollCallMark>().AsNoTracking().Where(m => keys.Contains(m.RevisionId)).OrderBy(m => m.StudentId).Select(m => new KeyedRow<RollCallMark>(m.RevisionId, m))));
    }
}

internal sealed class RollCallMarkType : ObjectGraphType<RollCallMark>
{
    public RollCallMarkType()
    {
        Name = "RollCallMark";
        Description = "A pupil marked absent or late in a recording of a roll call.";
        Field("student", CoreTypes.NonNull(CoreTypeNames.Person)).Description("The pupil.")
            .Resolve(context => AbsenceLoaders.ById<Person>(context, context.Source.StudentId));
        Field<NonNullGraphType<EnumerationGraphType<AbsenceEventKind>>>("kind").Description("ABSENCE or LATENESS.").Resolve(context => context.Source.Kind);
        Field<IntGraphType>("lateMinutes").Description("The minutes of a lateness.").Resolve(context => context.Source.LateMinutes);
    }
}
