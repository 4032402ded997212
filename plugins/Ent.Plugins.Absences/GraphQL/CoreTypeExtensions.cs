using Ent.Access;
using Ent.Directory;
using Ent.GraphQL;
using Ent.GraphQL.Connections;
using Ent.GraphQL.Loading;
using Ent.GraphQL.Ordering;
using Ent.Plugins.Absences.Domain;
using GraphQL;
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
            .Argument<AbsenceEventFilterType>("filter", "Which events.")
            .Argument<OrderByInputType<AbsenceEventOrderField>>("orderBy", "How to order them (default: most recent first).")
            .PagingArguments()
            .RequireScope(AbsencesScopes.Read)
            .Resolve(context =>
            {
                var filter = context.GetArgument<AbsenceEventFilter?>("filter") ?? new AbsenceEventFilter();
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
            .Argument<IdGraphType>("periodId", "Count within this period's dates.")
            .Argument<DateOnlyGraphType>("from", "Count from this date.")
            .Argument<DateOnlyGraphType>("to", "Count up to this date.")
            .RequireScope(AbsencesScopes.Read)
            .Resolve(context => StudentCounts.Load(context, context.Source.Id).Then(record => record?.Count()));

        person.Field<ListGraphType<NonNullGraphType<MonthlyAbsenceCountsType>>>("monthlyAbsenceCounts")
            .Description("The pupil's counts month by month over a span, for each month with an event; null for those who may not see them.")
            .Argument<IdGraphType>("periodId", "Count within this period's dates.")
            .Argument<DateOnlyGraphType>("from", "Count from this date.")
            .Argument<DateOnlyGraphType>("to", "Count up to this date.")
            .RequireScope(AbsencesScopes.Read)
            .Resolve(context => StudentCounts.Load(context, context.Source.Id).Then(record => record?.CountByMonth()));
    }

    public static void ExtendClass(ObjectGraphType<SchoolClass> schoolClass)
    {
        schoolClass.Field<NonNullGraphType<ConnectionType<RollCallType, RollCall>>>("rollCalls")
            .Description("The class's roll calls the viewer sees (its teachers and tutors, its school's staff), most recent first.")
            .Argument<RollCallFilterType>("filter", "Which roll calls.")
            .Argument<OrderByInputType<RollCallOrderField>>("orderBy", "How to order them (default: most recent first).")
            .PagingArguments()
            .RequireScope(AbsencesScopes.Read)
            .RequireProfile(ProfileKind.Teacher, ProfileKind.Personnel)
            .ResolveAsync(async context =>
            {
                var policy = context.Policy();
                var classId = context.Source.Id;
                await using var db = await AbsenceLoaders.CreateAsync(context, context.CancellationToken);
                var filter = context.GetArgument<RollCallFilter?>("filter") ?? new RollCallFilter();
                return await filter.Apply(AbsenceAccess.VisibleRollCalls(db, policy).AsNoTracking().Where(r => r.ClassId == classId), policy.Viewer.PersonId)
                    .OrderBy(RollCallOrdering.From(context), RollCallOrdering.Default, RollCallOrdering.Fields, r => r.Id)
                    .ToConnectionAsync(context);
            });

        schoolClass.Field<ClassAbsenceStatisticsType>("absenceStatistics")
            .Description("The class's absences pupil by pupil and in total over a span, for its school's staff; null for others.")
            .Argument<IdGraphType>("periodId", "Count within this period's dates.")
            .Argument<DateOnlyGraphType>("from", "Count from this date.")
            .Argument<DateOnlyGraphType>("to", "Count up to this date.")
            .RequireScope(AbsencesScopes.Read)
            .RequireProfile(ProfileKind.Personnel)
            .ResolveAsync(async context =>
            {
                var policy = context.Policy();
                if (!policy.Staffs(context.Source.SchoolId))
                {
                    return null;
                }

                var classId = context.Source.Id;
                await using var db = await AbsenceLoaders.CreateAsync(context, context.CancellationToken);
                var (from, to) = await DateSpan.ResolveAsync(db, policy.Viewer.TenantId, context.GetArgument<string?>("periodId"), context.GetArgument<DateOnly?>("from"), context.GetArgument<DateOnly?>("to"), context.CancellationToken);
                var enrolled = db.Set<ClassEnrollment>().Where(e => e.ClassId == classId).Select(e => e.StudentId);
                var students = await db.Set<Person>().AsNoTracking().Where(p => enrolled.Contains(p.Id) && p.IsActive)
                    .OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Id)
                    .ToListAsync(context.CancellationToken);
                var records = await StudentCounts.LoadAsync(db, policy, [.. students.Select(s => s.Id)], from, to, context.CancellationToken);
                return new ClassAbsenceStatistics(
                    context.Source,
                    from,
                    to,
                    [.. students.Where(s => records.ContainsKey(s.Id)).Select(s => new StudentAbsenceCounts(s, records[s.Id].Count()))]);
            });
    }

    public static void ExtendGroup(ObjectGraphType<TeachingGroup> group)
    {
        group.Field<NonNullGraphType<ConnectionType<RollCallType, RollCall>>>("rollCalls")
            .Description("The group's roll calls the viewer sees (its teachers, its school's staff), most recent first.")
            .Argument<RollCallFilterType>("filter", "Which roll calls.")
            .Argument<OrderByInputType<RollCallOrderField>>("orderBy", "How to order them (default: most recent first).")
            .PagingArguments()
            .RequireScope(AbsencesScopes.Read)
            .RequireProfile(ProfileKind.Teacher, ProfileKind.Personnel)
            .ResolveAsync(async context =>
            {
                var policy = context.Policy();
                var groupId = context.Source.Id;
                await using var db = await AbsenceLoaders.CreateAsync(context, context.CancellationToken);
                var filter = context.GetArgument<RollCallFilter?>("filter") ?? new RollCallFilter();
                return await filter.Apply(AbsenceAccess.VisibleRollCalls(db, policy).AsNoTracking().Where(r => r.GroupId == groupId), policy.Viewer.PersonId)
                    .OrderBy(RollCallOrdering.From(context), RollCallOrdering.Default, RollCallOrdering.Fields, r => r.Id)
                    .ToConnectionAsync(context);
            });
    }

    public static void ExtendSchool(ObjectGraphType<School> school)
    {
        school.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AbsenceReasonType>>>>("absenceReasons")
            .Description("The reasons (motifs) the school accepts, in its order; empty for those outside the school.")
            .Argument<BooleanGraphType>("includeArchived", "Whether to list archived reasons too (default: false).")
            .RequireScope(AbsencesScopes.Read)
            .ResolveAsync(async context =>
            {
                var policy = context.Policy();
                var schoolId = context.Source.Id;
                if (!policy.MemberSchools().Contains(schoolId))
                {
                    return Array.Empty<AbsenceReason>();
                }

                var includeArchived = context.GetArgument<bool?>("includeArchived") == true;
                await using var db = await AbsenceLoaders.CreateAsync(context, context.CancellationToken);
                return await db.Reasons.AsNoTracking().Where(r => r.SchoolId == schoolId && (includeArchived || r.IsActive))
                    .OrderBy(r => r.Position).ThenBy(r => r.Label).ThenBy(r => r.Id)
                    .ToListAsync(context.CancellationToken);
            });

        school.Field<NonNullGraphType<AbsenceSettingsType>>("absenceSettings")
            .Description("The school's school-day hours and alert thresholds.")
            .RequireScope(AbsencesScopes.Read)
            .ResolveAsync(async context =>
            {
                await using var db = await AbsenceLoaders.CreateAsync(context, context.CancellationToken);
                return await AbsenceSettingsReader.ReadAsync(db, context.Source.Id, context.CancellationToken);
            });

        school.Field<NonNullGraphType<ConnectionType<AbsenceAlertType, AbsenceAlert>>>("absenceAlerts")
            .Description("The alerts raised for the school's pupils, most recent window first; empty for those who do not staff it.")
            .PagingArguments()
            .RequireScope(AbsencesScopes.Read)
            .RequireProfile(ProfileKind.Personnel)
            .ResolveAsync(async context =>
            {
                var policy = context.Policy();
                var schoolId = context.Source.Id;
                await using var db = await AbsenceLoaders.CreateAsync(context, context.CancellationToken);
                return await AbsenceAccess.VisibleAlerts(db, policy).AsNoTracking()
                    .Where(a => a.SchoolId == schoolId && policy.StaffedSchools().Contains(a.SchoolId))
                    .OrderByDescending(a => a.WindowStart).ThenBy(a => a.Id)
                    .ToConnectionAsync(context);
            });
    }
}

/// <summary>The plugin's OAuth scopes.</summary>
internal static class AbsencesScopes
{
    public const string Read = "absences:read";

    public const string Write = "absences:write";
}
