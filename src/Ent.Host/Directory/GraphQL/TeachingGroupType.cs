using Ent.Access;
using Ent.Directory;
using Ent.GraphQL;
using Ent.GraphQL.Loading;
using Ent.GraphQL.Connections;
using Ent.Host.Directory.Data;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Ent.Host.Directory.GraphQL;

internal sealed class TeachingGroupType : NodeGraphType<TeachingGroup>
{
    public TeachingGroupType()
    {
        Name = CoreTypeNames.TeachingGroup;
        Description = "A teaching group (groupe) gathering pupils across classes, such as Latin 4e.";
        Field(g => g.Code).Description("The school's code for the group.");
        Field(g => g.Name).Description("The group's name.");
        Field<NonNullGraphType<SchoolType>>("school").Description("The school.")
            .Resolve(context => context.LoadById<DirectoryDbContext, School>(context.Source.SchoolId));

        Field<NonNullGraphType<ConnectionType<PersonType, Person>>>("students")
            .Description("The group's pupils the viewer may see, by last then first name.")
            .PagingArguments()
            .ResolveAsync(async context =>
            {
                var policy = context.RequestServices!.GetRequiredService<IAccessPolicy>();
                await using var db = await context.CreateStoreAsync<DirectoryDbContext>(context.CancellationToken);
                var visible = policy.VisibleStudents(db);
                var members = db.GroupMemberships.Where(m => m.GroupId == context.Source.Id).Select(m => m.StudentId);
                return await db.People
                    .Where(p => members.Contains(p.Id) && visible.Contains(p.Id))
                    .OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Id)
                    .ToConnectionAsync(context);
            });
    }

    protected override Guid GetKey(TeachingGroup source) => source.Id;

    public override async ValueTask<object?> ResolveNodeAsync(IResolveFieldContext context, Guid key)
    {
        var policy = context.RequestServices!.GetRequiredService<IAccessPolicy>();
        await using var db = await context.CreateStoreAsync<DirectoryDbContext>(context.CancellationToken);
        var visible = policy.VisibleGroups(db);
        return await db.Groups.FirstOrDefaultAsync(g => g.Id == key && visible.Contains(g.Id), context.CancellationToken);
    }
}
