using Ent.Access;
using Ent.Directory;
using Ent.GraphQL;
using Ent.GraphQL.Loading;
using Ent.Host.Directory.Data;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Ent.Host.Directory.GraphQL;

internal sealed class SubjectType : NodeGraphType<Subject>
{
    public SubjectType()
    {
        Name = CoreTypeNames.Subject;
        Description = "A subject (matière), such as Mathématiques.";
        Field(s => s.Code).Description("The school's code for the subject, such as MATHS.");
        Field(s => s.Name).Description("The subject's name.");
    }

    protected override Guid GetKey(Subject source) => source.Id;

    public override async ValueTask<object?> ResolveNodeAsync(IResolveFieldContext context, Guid key)
    {
        var policy = context.RequestServices!.GetRequiredService<IAccessPolicy>();
        var schools = policy.MemberSchools();
        await using var db = await context.CreateStoreAsync<DirectoryDbContext>(context.CancellationToken);
        return await db.Subjects.FirstOrDefaultAsync(s => s.Id == key && s.TenantId == policy.Viewer.TenantId && schools.Contains(s.SchoolId), context.CancellationToken);
    }
}
