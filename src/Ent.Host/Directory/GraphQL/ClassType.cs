using Ent.Access;
using Ent.Directory;
using Ent.GraphQL.Loading;
using Ent.GraphQL;
using Ent.GraphQL.Connections;
using Ent.Host.Directory.Data;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Ent.Host.Directory.GraphQL;

internal sealed class ClassType : NodeGraphType<SchoolClass>
{
    public ClassType()
    {
        Name = CoreTypeNames.Class;
        Description = "A class (classe), such as 4e B.";
        Field(c => c.Code).Description("The school's code for the class.");
        Field(c => c.Name).Description("The class's name, such as 4e B.");
        Field(c => c.Level).Description("The level, such as 4e or 2nde.");
        Field<NonNullGraphType<SchoolType>>("school").Description("The school.")
            .Resolve(context => context.LoadById<DirectoryDbContext, School>(context.Source.SchoolId));

        Field<NonNullGraphType<ConnectionType<PersonType, Person>>>("students")
            .Description("The class's pupils the viewer may see, by last then first name.")
            .PagingArguments()
            .ResolveAsync(async context =>
            {
                var policy = context.RequestServices!.GetRequiredService<IAccessPolicy>();
                await using var db = await context.CreateStoreAsync<DirectoryDbContext>(context.CancellationToken);
                var visible = policy.VisibleStudents(db);
                var enrolled = db.ClassEnrollments.Where(e => e.ClassId == context.Source.Id).Select(e => e.StudentId);
                return await db.People
                    .Where(p => enrolled.Contains(p.Id) && visible.Contains(p.Id))
                    .OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Id)
                    .ToConnectionAsync(context);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TeachingAssignmentType>>>>("teachingAssignments")
            .Description("Who teaches which subject to the class.")
            .Resolve(context => context.LoadRelated<DirectoryDbContext, TeachingAssignment>("assignmentsByClass", context.Source.Id,
                (db, keys) => db.TeachingAssignments.Where(a => a.ClassId != null && keys.Contains(a.ClassId.Value)).Select(a => new KeyedRow<TeachingAssignment>(a.ClassId!.Value, a)))
                );

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("formTutors")
            .Description("The class's form tutors (professeurs principaux).")
            .Resolve(context => context.LoadRelated<DirectoryDbContext, Person>("tutorsByClass", context.Source.Id,
                (db, keys) => db.FormTutors.Where(t => keys.Contains(t.ClassId)).Join(db.People, t => t.TeacherId, p => p.Id, (t, p) => new KeyedRow<Person>(t.ClassId, p)))
                );

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PeriodType>>>>("periods")
            .Description("The periods that apply to the class: its own if it has any, else its school's; in order.")
            .Resolve(context => PeriodsOf(context).Then(periods => periods ?? []));

        Field<PeriodType>("currentPeriod")
            .Description("The period in progress, in French time, decided by the server: the one whose dates contain today; during holidays between two periods, the one that just ended; null before the first.")
            .Resolve(context =>
            {
                var today = SchoolCalendar.Today(context.RequestServices!.GetRequiredService<TimeProvider>());
                return PeriodsOf(context).Then(periods => periods?.LastOrDefault(p => p.StartDate <= today));
            });
    }

    protected override Guid GetKey(SchoolClass source) => source.Id;

    public override async ValueTask<object?> ResolveNodeAsync(IResolveFieldContext context, Guid key)
    {
        var policy = context.RequestServices!.GetRequiredService<IAccessPolicy>();
        await using var db = await context.CreateStoreAsync<DirectoryDbContext>(context.CancellationToken);
        var visible = policy.VisibleClasses(db);
        return await db.Classes.FirstOrDefaultAsync(c => c.Id == key && visible.Contains(c.Id), context.CancellationToken);
    }

    // The periods of every class of a step in one statement, chosen as SchoolCalendar.PeriodsOfClass does: a
    // class's own periods for a school year when it has any, else its school's; ordered by start date.
    private static global::GraphQL.DataLoader.IDataLoaderResult<IReadOnlyList<Period>?> PeriodsOf(IResolveFieldContext<SchoolClass> context) =>
        context.GetBatchLoader<(Guid ClassId, Guid SchoolId), IReadOnlyList<Period>>("directory.periodsByClass", async (keys, cancellationToken) =>
        {
            var classIds = keys.Select(k => k.ClassId).Distinct().ToList();
            var schoolIds = keys.Select(k => k.SchoolId).Distinct().ToList();
            await using var db = await context.CreateStoreAsync<DirectoryDbContext>(cancellationToken);
            var rows = await db.Set<Period>().AsNoTracking()
                .Where(p => (p.ClassId != null && classIds.Contains(p.ClassId.Value)) || (p.ClassId == null && schoolIds.Contains(p.SchoolId)))
                .ToListAsync(cancellationToken);
            return keys.Distinct().ToDictionary(key => key, key =>
            {
                var own = rows.Where(p => p.ClassId == key.ClassId).ToList();
                return (IReadOnlyList<Period>)[.. own
                    .Concat(rows.Where(p => p.ClassId == null && p.SchoolId == key.SchoolId && !own.Any(o => o.SchoolYearId == p.SchoolYearId)))
                    .OrderBy(p => p.StartDate)];
            });
        }).Load((context.Source.Id, context.Source.SchoolId));
}
