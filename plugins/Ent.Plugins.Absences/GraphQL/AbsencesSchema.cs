using Ent.Access;
using Ent.Directory;
using Ent.GraphQL;
using Ent.GraphQL.Connections;
using Ent.GraphQL.Ordering;
using Ent.Plugins.Absences.Domain;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Absences.GraphQL;

/// <summary>The plugin's whole contribution to a schema: its node types, its fields on core types, its root fields.</summary>
internal static class AbsencesSchema
{
    public static void Configure(ISchemaContribution schema)
    {
        schema.AddType<AbsenceEventType>();
        schema.AddType<RollCallType>();
        schema.AddType<JustificationType>();
        schema.AddType<AbsenceReasonType>();
        schema.AddType<AbsenceAlertType>();
        schema.ExtendType<Person>(CoreTypeNames.Person, CoreTypeExtensions.ExtendPerson);
        schema.ExtendType<SchoolClass>(CoreTypeNames.Class, CoreTypeExtensions.ExtendClass);
        schema.ExtendType<TeachingGroup>(CoreTypeNames.TeachingGroup, CoreTypeExtensions.ExtendGroup);
        schema.ExtendType<School>(CoreTypeNames.School, CoreTypeExtensions.ExtendSchool);
        schema.ExtendQuery(AddQueries);
        schema.ExtendMutation(AddMutations);
    }

    private static void AddQueries(ObjectGraphType<object?> query)
    {
        query.Field<NonNullGraphType<ConnectionType<AbsenceEventType, AbsenceEvent>>>("absenceEvents")
            .Description("The events the viewer sees (their own, their children's, their classes', their school's), most recent first.")
            .Argument<AbsenceEventFilterType>("where", "Which events.")
            .Argument<OrderByInputType<AbsenceEventOrderField>>("orderBy", "How to order them (default: most recent first).")
            .PagingArguments()
            .RequireScope(AbsencesScopes.Read)
            .ResolveAsync(async context =>
            {
                var policy = context.Policy();
                var filter = context.GetArgument<AbsenceEventFilter?>("where") ?? new AbsenceEventFilter();
                await using var db = await AbsenceLoaders.CreateAsync(context, context.CancellationToken);
                var events = await filter.ApplyAsync(AbsenceAccess.VisibleEvents(db, policy).AsNoTracking(), db, policy.Viewer.TenantId, context.CancellationToken);
                return await events
                    .OrderBy(AbsenceEventOrdering.From(context), AbsenceEventOrdering.Default, AbsenceEventOrdering.Fields, e => e.Id)
                    .ToConnectionAsync(context);
            });

        query.Field<NonNullGraphType<ConnectionType<RollCallType, RollCall>>>("rollCalls")
            .Description("The roll calls the viewer sees: a teacher's lessons (with `mine`), a school's for its staff; most recent first.")
            .Argument<RollCallFilterType>("where", "Which roll calls.")
            .Argument<OrderByInputType<RollCallOrderField>>("orderBy", "How to order them (default: most recent first).")
            .PagingArguments()
            .RequireScope(AbsencesScopes.Read)
            .RequireProfile(ProfileKind.Teacher, ProfileKind.Personnel)
            .ResolveAsync(async context =>
            {
                var policy = context.Policy();
                var filter = context.GetArgument<RollCallFilter?>("where") ?? new RollCallFilter();
                await using var db = await AbsenceLoaders.CreateAsync(context, context.CancellationToken);
                return await filter.Apply(AbsenceAccess.VisibleRollCalls(db, policy).AsNoTracking(), policy.Viewer.PersonId)
                    .OrderBy(RollCallOrdering.From(context), RollCallOrdering.Default, RollCallOrdering.Fields, r => r.Id)
                    .ToConnectionAsync(context);
            });

        query.Field<NonNullGraphType<ConnectionType<JustificationType, Justification>>>("justifications")
            .Description("The justifications the viewer sees (a relative's children's, a school's for its staff), in the order they were submitted.")
            .Argument<ListGraphType<NonNullGraphType<EnumerationGraphType<JustificationStatus>>>>("statuses", "Only justifications with these statuses, such as PENDING for staff's queue.")
            .Argument<IdGraphType>("student", "Only this pupil's justifications.")
            .PagingArguments()
            .RequireScope(AbsencesScopes.Read)
            .ResolveAsync(async context =>
            {
                var policy = context.Policy();
                await using var db = await AbsenceLoaders.CreateAsync(context, context.CancellationToken);
                var justifications = AbsenceAccess.VisibleJustifications(db, policy).AsNoTracking();
                if (context.GetArgument<List<JustificationStatus>?>("statuses") is { Count: > 0 } statuses)
                {
                    justifications = justifications.Where(j => statuses.Contains(j.Status));
                }

                if (context.GetArgument<string?>("student") is { } student)
                {
                    var studentId = GlobalId.Decode(student, CoreTypeNames.Person);
                    justifications = justifications.Where(j => j.StudentId == studentId);
                }

                // Keys are time-ordered (UUID version 7): ordering by key is ordering by submission.
                return await justifications.OrderBy(j => j.Id).ToConnectionAsync(context);
            });
    }

    private static void AddMutations(ObjectGraphType<object?> mutation)
    {
        mutation.Field<NonNullGraphType<RecordRollCallPayloadType>>("recordRollCall")
            .Description("Records or corrects a lesson's roll call: who was absent or late; everyone else was present. The lesson's teacher may correct it on the lesson's day, its school's staff at any time; every recording is kept.")
            .Argument<NonNullGraphType<RecordRollCallInputType>>("input", "The lesson and the pupils absent or late.")
            .RequireScope(AbsencesScopes.Write)
            .RequireProfile(ProfileKind.Teacher, ProfileKind.Personnel)
            .ResolveAsync(async context => await RollCallRecorder.RecordAsync(context, context.GetArgument<RecordRollCallInput>("input")));

        mutation.Field<NonNullGraphType<RecordAbsenceEventPayloadType>>("recordAbsenceEvent")
            .Description("Records, as staff (CPE), an absence for a day or a span of days, a lateness, an early departure or an incident.")
            .Argument<NonNullGraphType<RecordAbsenceEventInputType>>("input", "The event.")
            .RequireScope(AbsencesScopes.Write)
            .RequireProfile(ProfileKind.Personnel)
            .ResolveAsync(async context => await AbsenceEventRecorder.RecordAsync(context, context.GetArgument<RecordAbsenceEventInput>("input")));

        mutation.Field<NonNullGraphType<JustificationPayloadType>>("submitJustification")
            .Description("Justifies, as a relative, events of one of their children with a reason, a message and an optional attachment; staff then decide.")
            .Argument<NonNullGraphType<SubmitJustificationInputType>>("input", "The justification.")
            .RequireScope(AbsencesScopes.Write)
            .RequireProfile(ProfileKind.Relative)
            .ResolveAsync(async context => await JustificationDesk.SubmitAsync(context, context.GetArgument<SubmitJustificationInput>("input")));

        mutation.Field<NonNullGraphType<JustificationPayloadType>>("decideJustification")
            .Description("Accepts or refuses, as staff, a pending justification; its events become justified or refused.")
            .Argument<NonNullGraphType<DecideJustificationInputType>>("input", "The decision.")
            .RequireScope(AbsencesScopes.Write)
            .RequireProfile(ProfileKind.Personnel)
            .ResolveAsync(async context => await JustificationDesk.DecideAsync(context, context.GetArgument<DecideJustificationInput>("input")));

        mutation.Field<NonNullGraphType<AbsenceReasonPayloadType>>("saveAbsenceReason")
            .Description("Creates or changes, as staff, one of the school's reasons (motifs).")
            .Argument<NonNullGraphType<SaveAbsenceReasonInputType>>("input", "The reason.")
            .RequireScope(AbsencesScopes.Write)
            .RequireProfile(ProfileKind.Personnel)
            .ResolveAsync(async context => await SchoolSettingsEditor.SaveReasonAsync(context, context.GetArgument<SaveAbsenceReasonInput>("input")));

        mutation.Field<NonNullGraphType<AbsenceSettingsPayloadType>>("updateAbsenceSettings")
            .Description("Changes, as staff, the school's school-day hours and alert thresholds.")
            .Argument<NonNullGraphType<UpdateAbsenceSettingsInputType>>("input", "The settings.")
            .RequireScope(AbsencesScopes.Write)
            .RequireProfile(ProfileKind.Personnel)
            .ResolveAsync(async context => await SchoolSettingsEditor.UpdateSettingsAsync(context, context.GetArgument<UpdateAbsenceSettingsInput>("input")));
    }
}
