using System.Linq.Expressions;
using Ent.Access;
using Ent.Directory;
using Ent.GraphQL;
using Ent.GraphQL.Connections;
using Ent.GraphQL.Loading;
using Ent.GraphQL.Ordering;
using Ent.Plugins.Absences.Domain;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Absences.GraphQL;

/// <summary>The plugin's fields on the host's core types: a pupil's events and counts, a class's roll calls and statistics, a school's reasons and settings.</summary>
internal static class CoreTypeExtensions
{
    public static void ExtendPerson(ObjectGraphType<Person> person)
    {
        person.Field<NonNullGraphType<ConnectionType<AbsenceEventType, AbsenceEvent>>>("absenceEvents")
            .Description("The pupil's absences, latenesses, early departures and incidents, most recent first; empty for those who may not see them.")
            .Argument<AbsenceEventFilterType>("where", "Which events.")
            .Argument<OrderByInputType<AbsenceEventOrderField>>("orderBy", "How to order them (default: most recent first).")
            .PagingArguments()
            .RequireScope(AbsencesScopes.Read)
            .Resolve(context =>
            {
                var filter = context.GetArgument<AbsenceEventFilter?>("where") ?? new AbsenceEventFilter();
                var orderBy = AbsenceEventOrdering.From(context);
                var arguments = ConnectionArguments.From(context);
                var policy = context.Policy();
                return context.GetBatchLoader<Guid, IReadOnlyList<AbsenceEvent>>($"absences.eventsByStudent|{filter.CacheKey}", async (keys, cancellationToken) =>
                {
                    await using var db = await AbsenceLoaders.CreateAsync(context, cancellationToken);
                    var events = await filter.ApplyAsync(AbsenceAccess.VisibleEvents(db, policy).AsNoTracking().Where(e => keys.Contains(e.StudentId)), db, policy.Viewer.TenantId, cancellationToken);
                    var rows = await events.ToListAsync(cancellationToken);
                    return rows.GroupBy(e => e.StudentId).ToDictionary(g => g.Key, g => (IReadOnlyList<AbsenceEvent>)[.. g]);
                }).Load(context.Source.Id).Then(events => ((IReadOnlyList<AbsenceEvent>)[.. AbsenceEventOrdering.Sort(events ?? [], orderBy)]).ToConnection(arguments));
            });

        person.Field<AbsenceCountsType>("absenceCounts")
            .Description("The pupil's counts in half-days and hours over a span (a period, dates, or everything when neither is given); null for those who may not see them.")
            .Argument<IdGraphType>("period", "Count within this period's dates.")
            .Argument<DateOnlyGraphType>("from", "Count from this date.")
            .Argument<DateOnlyGraphType>("to", "Count up to this date.")
            .RequireScope(AbsencesScopes.Read)
            .Resolve(context => StudentCounts.Load(context, context.Source.Id).Then(record => record?.Count()));

        person.Field<ListGraphType<NonNullGraphType<MonthlyAbsenceCountsType>>>("monthlyAbsenceCounts")
            .Description("The pupil's counts month by month over a span, for each month with an event; null for those who may not see them.")
            .Argument<IdGraphType>("period", "Count within this period's dates.")
            .Argument<DateOnlyGraphType>("from", "Count from this date.")
            .Argument<DateOnlyGraphType>("to", "Count up to this date.")
            .RequireScope(AbsencesScopes.Read)
            .Resolve(context => StudentCounts.Load(context, context.Source.Id).Then(record => record?.CountByMonth()));
    }

    public static void ExtendClass(ObjectGraphType<SchoolClass> schoolClass)
    {
        schoolClass.Field<NonNullGraphType<ConnectionType<RollCallType, RollCall>>>("rollCalls")
            .Description("The class's roll calls the viewer sees (its teachers and tutors, its school's staff), most recent first.")
            .Argument<RollCallFilterType>("where", "Which roll calls.")
            .Argument<OrderByInputType<RollCallOrderField>>("orderBy", "How to order them (default: most recent first).")
            .PagingArguments()
            .RequireScope(AbsencesScopes.Read)
            .RequireProfile(ProfileKind.Teacher, ProfileKind.Personnel)
            .Resolve(context => RollCallsOf(
                context,
                "rollCallsByClass",
                context.Source.Id,
                (rollCalls, keys) => rollCalls.Where(r => r.ClassId != null && keys.Contains(r.ClassId.Value)),
                r => r.ClassId,
                RollCallOrdering.FirstOfEachClass));

        schoolClass.Field<ClassAbsenceStatisticsType>("absenceStatistics")
            .Description("The class's absences pupil by pupil and in total over a span, for its school's staff; null for others.")
            .Argument<IdGraphType>("period", "Count within this period's dates.")
            .Argument<DateOnlyGraphType>("from", "Count from this date.")
            .Argument<DateOnlyGraphType>("to", "Count up to this date.")
            .RequireScope(AbsencesScopes.Read)
            .RequireProfile(ProfileKind.Personnel)
            .Resolve(context => context.Policy().Staffs(context.Source.SchoolId) ? ClassStatistics.Load(context, context.Source) : null);
    }

    public static void ExtendGroup(ObjectGraphType<TeachingGroup> group)
    {
        group.Field<NonNullGraphType<ConnectionType<RollCallType, RollCall>>>("rollCalls")
            .Description("The group's roll calls the viewer sees (its teachers, its school's staff), most recent first.")
            .Argument<RollCallFilterType>("where", "Which roll calls.")
            .Argument<OrderByInputType<RollCallOrderField>>("orderBy", "How to order them (default: most recent first).")
            .PagingArguments()
            .RequireScope(AbsencesScopes.Read)
            .RequireProfile(ProfileKind.Teacher, ProfileKind.Personnel)
            .Resolve(context => RollCallsOf(
                context,
                "rollCallsByGroup",
                context.Source.Id,
                (rollCalls, keys) => rollCalls.Where(r => r.GroupId != null && keys.Contains(r.GroupId.Value)),
                r => r.GroupId,
                RollCallOrdering.FirstOfEachGroup));
    }

    public static void ExtendSchool(ObjectGraphType<School> school)
    {
        school.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AbsenceReasonType>>>>("absenceReasons")
            .Description("The reasons (motifs) the school accepts, in its order; empty for those outside the school.")
            .Argument<BooleanGraphType>("includeArchived", "Whether to list archived reasons too (default: false).")
            .RequireScope(AbsencesScopes.Read)
            .Resolve(context =>
            {
                if (!context.Policy().MemberSchools().Contains(context.Source.Id))
                {
                    return Array.Empty<AbsenceReason>();
                }

                var includeArchived = context.GetArgument<bool?>("includeArchived") == true;
                return AbsenceLoaders.Related(context, $"reasonsBySchool|{includeArchived}", context.Source.Id, (db, keys) =>
                        db.Reasons.AsNoTracking().Where(r => keys.Contains(r.SchoolId) && (includeArchived || r.IsActive)).Select(r => new KeyedRow<AbsenceReason>(r.SchoolId, r)))
                    .Then(reasons => reasons.OrderBy(r => r.Position).ThenBy(r => r.Label, StringComparer.Ordinal).ThenBy(r => r.Id).ToList());
            });

        school.Field<NonNullGraphType<AbsenceSettingsType>>("absenceSettings")
            .Description("The school's school-day hours and alert thresholds.")
            .RequireScope(AbsencesScopes.Read)
            .Resolve(context => AbsenceSettingsReader.Load(context, context.Source.Id));

        school.Field<NonNullGraphType<ConnectionType<AbsenceAlertType, AbsenceAlert>>>("absenceAlerts")
            .Description("The alerts raised for the school's pupils, most recent window first; empty for those who do not staff it.")
            .PagingArguments()
            .RequireScope(AbsencesScopes.Read)
            .RequireProfile(ProfileKind.Personnel)
            .Resolve(context =>
            {
                var policy = context.Policy();
                return RelatedPages.Load(context, "alertsBySchool", context.Source.Id, new RelatedPageQuery<AbsenceAlert>(
                    (db, keys) => AbsenceAccess.VisibleAlerts(db, policy).AsNoTracking().Where(a => keys.Contains(a.SchoolId) && policy.StaffedSchools().Contains(a.SchoolId)),
                    a => a.SchoolId,
                    (alerts, count) => alerts.Select(a => a.SchoolId).Distinct()
                        .SelectMany(school => alerts.Where(a => a.SchoolId == school).OrderByDescending(a => a.WindowStart).ThenBy(a => a.Id).Take(count)),
                    alerts => alerts.OrderByDescending(a => a.WindowStart).ThenBy(a => a.Id)));
            });
    }

    // The roll calls of classes or of groups, batched: the caller keeps those of the batch's keys.
    private static IDataLoaderResult<Connection<RollCall>> RollCallsOf(
        IResolveFieldContext context,
        string name,
        Guid key,
        Func<IQueryable<RollCall>, IReadOnlyList<Guid>, IQueryable<RollCall>> ofKeys,
        Expression<Func<RollCall, Guid?>> keyOf,
        Func<IQueryable<RollCall>, OrderBy<RollCallOrderField>?, int, IQueryable<RollCall>> firstOfEachKey)
    {
        var policy = context.Policy();
        var filter = context.GetArgument<RollCallFilter?>("where") ?? new RollCallFilter();
        var orderBy = RollCallOrdering.From(context);
        return RelatedPages.Load(context, $"{name}|{filter.CacheKey}|{RollCallOrdering.CacheKey(orderBy)}", key, new RelatedPageQuery<RollCall>(
            (db, keys) => filter.Apply(ofKeys(AbsenceAccess.VisibleRollCalls(db, policy).AsNoTracking(), keys), policy.Viewer.PersonId),
            keyOf,
            (rollCalls, count) => firstOfEachKey(rollCalls, orderBy, count),
            rollCalls => RollCallOrdering.Sort(rollCalls, orderBy)));
    }
}

/// <summary>The plugin's OAuth scopes.</summary>
internal static class AbsencesScopes
{
    public const string Read = "absences:read";

    public const string Write = "absences:write";
}
