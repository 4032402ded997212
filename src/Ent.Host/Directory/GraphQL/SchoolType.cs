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

internal sealed class SchoolType : NodeGraphType<School>
{
    public SchoolType()
    {
        Name = CoreTypeNames.School;
        Description = "A collège or lycée.";
        Field(s => s.Uai).Description("The national identifier (UAI), such as 0410001A.");
        Field(s => s.Name).Description("The school's name.");
        Field<NonNullGraphType<EnumerationGraphType<SchoolKind>>>("kind").Description("Collège or lycée.").Resolve(c => c.Source.Kind);
        Field(s => s.City, nullable: true).Description("The town.");

        Field<NonNullGraphType<ConnectionType<ClassType, SchoolClass>>>("classes")
            .Description("The school's classes the viewer may see, by name.")
            .PagingArguments()
            .ResolveAsync(async context =>
            {
                var policy = context.RequestServices!.GetRequiredService<IAccessPolicy>();
                await using var db = await context.CreateStoreAsync<DirectoryDbContext>(context.CancellationToken);
                var visible = policy.VisibleClasses(db);
                return await db.Classes
                    .Where(c => c.SchoolId == context.Source.Id && visible.Contains(c.Id))
                    .OrderBy(c => c.Name).ThenBy(c => c.Id)
                    .ToConnectionAsync(context);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectType>>>>("subjects")
            .Description("The subjects taught in the school, by name.")
            .Resolve(context => context.LoadRelated<DirectoryDbContext, Subject>("subjectsBySchool", context.Source.Id,
                (db, keys) => db.Subjects.Where(s => keys.Contains(s.SchoolId)).OrderBy(s => s.Name).Select(s => new KeyedRow<Subject>(s.SchoolId, s)))
                );

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SchoolYearType>>>>("schoolYears")
            .Description("The school's years, latest first.")
            .Resolve(context => context.LoadRelated<DirectoryDbContext, SchoolYear>("yearsBySchool", context.Source.Id,
                (db, keys) => db.SchoolYears.Where(y => keys.Contains(y.SchoolId)).OrderByDescending(y => y.StartDate).Select(y => new KeyedRow<SchoolYear>(y.SchoolId, y)))
                );

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PeriodType>>>>("periods")
            .Description("The school-wide periods of its school years, in order. Classes may have their own: see `Class.periods`.")
            .Resolve(context => context.LoadRelated<DirectoryDbContext, Period>("periodsBySchool", context.Source.Id,
                (db, keys) => db.Periods.Where(p => keys.Contains(p.SchoolId) && p.ClassId == null).OrderBy(p => p.StartDate).Select(p => new KeyedRow<Period>(p.SchoolId, p)))
                );
    }

    protected override Guid GetKey(School source) => source.Id;

    public override async ValueTask<object?> ResolveNodeAsync(IResolveFieldContext context, Guid key)
    {
        var policy = context.RequestServices!.GetRequiredService<IAccessPolicy>();
        var schools = policy.MemberSchools();
        await using var db = await context.CreateStoreAsync<DirectoryDbContext>(context.CancellationToken);
        return await db.Schools.FirstOrDefaultAsync(s => s.Id == key && s.TenantId == policy.Viewer.TenantId && schools.Contains(s.Id), context.CancellationToken);
    }
}
