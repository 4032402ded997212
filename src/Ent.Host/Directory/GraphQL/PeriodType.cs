using Ent.Access;
using Ent.Directory;
using Ent.GraphQL;
using Ent.GraphQL.Loading;
using Ent.Host.Directory.Data;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Ent.Host.Directory.GraphQL;

internal sealed class PeriodType : NodeGraphType<Period>
{
    public PeriodType()
    {
        Name = CoreTypeNames.Period;
        Description = "A trimester or semester of a school year.";
        Field(p => p.Name).Description("The period's name, such as Trimestre 1.");
        Field<NonNullGraphType<EnumerationGraphType<PeriodKind>>>("kind").Description("Trimester or semester.").Resolve(c => c.Source.Kind);
        Field(p => p.Number).Description("The period's rank in its school year, from 1.");
        Field(p => p.StartDate).Description("The first day.");
        Field(p => p.EndDate).Description("The last day.");
        Field(p => p.EntryClosesOn).Description("The last day teachers may enter marks and comments.");
        Field(p => p.CouncilDate, nullable: true).Description("The day of the class council, if set.");
        Field(p => p.ReportCardsPublishedOn, nullable: true).Description("The day report cards are shown to families, if set.");
        Field<NonNullGraphType<SchoolYearType>>("schoolYear").Description("The school year the period divides.")
            .Resolve(context => context.LoadById<DirectoryDbContext, SchoolYear>(context.Source.SchoolYearId));
        Field<ClassType>("class").Description("The class the period is specific to, or null for a school-wide period.")
            .Resolve(context => context.Source.ClassId is { } id ? context.LoadById<DirectoryDbContext, SchoolClass>(id) : null);
        Field<NonNullGraphType<BooleanGraphType>>("isOpenForEntry")
            .Description("Whether teachers may still enter marks and comments, in French time, today.")
            .Resolve(context => SchoolCalendar.Today(context.RequestServices!.GetRequiredService<TimeProvider>()) <= context.Source.EntryClosesOn);
    }

    protected override Guid GetKey(Period source) => source.Id;

    public override async ValueTask<object?> ResolveNodeAsync(IResolveFieldContext context, Guid key)
    {
        var policy = context.RequestServices!.GetRequiredService<IAccessPolicy>();
        var schools = policy.MemberSchools();
        await using var db = await context.CreateStoreAsync<DirectoryDbContext>(context.CancellationToken);
        return await db.Periods.FirstOrDefaultAsync(p => p.Id == key && p.TenantId == policy.Viewer.TenantId && schools.Contains(p.SchoolId), context.CancellationToken);
    }
}
