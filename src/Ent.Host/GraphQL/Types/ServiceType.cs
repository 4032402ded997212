using Ent.Plugins;
using GraphQL.Types;

namespace Ent.Host.GraphQL.Types;

internal sealed class ServiceType : ObjectGraphType<PluginManifest>
{
    public ServiceType()
    {
        Name = "Service";
        Description = "A service of the bouquet: a plugin active for the current tenant.";
        Field<NonNullGraphType<StringGraphType>>("id").Description("The service's stable id, such as `grades`.").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The service's display name.").Resolve(context => context.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("version").Description("The service's version (semantic versioning).").Resolve(context => context.Source.Version);
    }
}
