using Ent.Access;
using Ent.Directory;
using Ent.GraphQL;
using Ent.GraphQL.Loading;
using Ent.Host.GraphQL.Schema;
using Ent.Tenancy;
using Ent.Host.Directory.Data;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Ent.Host.Directory.GraphQL;

/// <summary>
/// The directory's part of every schema: its types, the root fields <c>me</c>, <c>tenant</c> and
/// <c>schools</c>, and the admin mutation <c>importDirectory</c>.
/// </summary>
internal sealed class DirectorySchemaContributor : ICoreSchemaContributor
{
    public void Contribute(ISchemaContribution schema)
    {
        schema.AddType<PersonType>();
        schema.AddType<SchoolType>();
        schema.AddType<ClassType>();
        schema.AddType<TeachingGroupType>();
        schema.AddType<SubjectType>();
        schema.AddType<PeriodType>();
        schema.ExtendQuery(query =>
        {
            query.Field<NonNullGraphType<TenantType>>("tenant")
                .Description("The collectivité serving this request.")
                .AllowAnonymous()
                .Resolve(context => context.RequestServices!.GetRequiredService<ITenantAccessor>().Tenant);

            query.Field<NonNullGraphType<PersonType>>("me")
                .Description("The signed-in person: their profiles and schools, and for a relative their children.")
                .ResolveAsync(async context =>
                {
                    var viewer = context.RequestServices!.GetRequiredService<IAccessPolicy>().Viewer;
                    return await context.LoadById<DirectoryDbContext, Person>(viewer.PersonId!.Value).GetResultAsync(context.CancellationToken)
                        ?? throw EntErrors.Unauthenticated();
                });

            query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SchoolType>>>>("schools")
                .Description("The schools the signed-in person belongs to, by name.")
                .ResolveAsync(async context =>
                {
                    var schools = context.RequestServices!.GetRequiredService<IAccessPolicy>().MemberSchools();
                    await using var db = await context.CreateStoreAsync<DirectoryDbContext>(context.CancellationToken);
                    return await db.Schools.Where(s => schools.Contains(s.Id)).OrderBy(s => s.Name).ToListAsync(context.CancellationToken);
                });
        });
        schema.ExtendMutation(ImportDirectoryMutation.Add);
    }
}
