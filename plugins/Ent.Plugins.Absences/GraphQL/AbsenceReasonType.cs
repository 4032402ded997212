using Ent.Directory;
using Ent.GraphQL;
using Ent.Plugins.Absences.Domain;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Absences.GraphQL;

internal sealed class AbsenceReasonType : NodeGraphType<AbsenceReason>
{
    public AbsenceReasonType()
    {
        Name = "AbsenceReason";
        Description = "A reason (motif) a school accepts for absences, such as illness.";
        Field(r => r.Code).Description("The school's code for the reason, such as MALADIE.");
        Field(r => r.Label).Description("The label shown to families.");
        Field(r => r.CountsAsValid).Description("Whether an event justified with it stops counting as unjustified.");
        Field(r => r.IsActive).Description("Whether families may still choose it; archived reasons stay on past events.");
        Field("school", CoreTypes.NonNull(CoreTypeNames.School)).Description("The school.")
            .Resolve(context => AbsenceLoaders.ById<School>(context, context.Source.SchoolId));
    }

    protected override Guid GetKey(AbsenceReason source) => source.Id;

    public override async ValueTask<object?> ResolveNodeAsync(IResolveFieldContext context, Guid key)
    {
        var policy = context.Policy();
        var schools = policy.MemberSchools();
        await using var db = await AbsenceLoaders.CreateAsync(context, context.CancellationToken);
        var tenant = policy.Viewer.TenantId;
        return await db.Reasons.AsNoTracking().FirstOrDefaultAsync(r => r.Id == key && r.TenantId == tenant && schools.Contains(r.SchoolId), context.CancellationToken);
    }
}
