using Ent.Tenancy;
using GraphQL.Types;

namespace Ent.Host.Directory.GraphQL;

internal sealed class TenantType : ObjectGraphType<TenantInfo>
{
    public TenantType()
    {
        Name = "Tenant";
        Description = "The collectivité (département or région) that runs this ENT.";
        Field<NonNullGraphType<StringGraphType>>("id").Description("The tenant's stable id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The tenant's name.").Resolve(c => c.Source.Name);
    }
}
