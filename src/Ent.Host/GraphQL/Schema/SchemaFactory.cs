using Ent.Host.GraphQL.Types;
using Ent.Host.Plugins;
using GraphQL.Types;

namespace Ent.Host.GraphQL.Schema;

/// <summary>Builds the schema of a bouquet from the core types and the bouquet's plugins.</summary>
internal sealed class SchemaFactory(IServiceProvider services, PluginCatalog catalog, IEnumerable<ICoreSchemaContributor> coreContributors)
{
    public EntSchema Build(IReadOnlyList<LoadedPlugin> bouquet)
    {
        var activator = new GraphTypeActivator(services, OwnerOf);
        var schema = new EntSchema(activator, [.. bouquet.Select(plugin => plugin.Manifest)]);

        var query = (QueryType)activator.GetOrCreate(typeof(QueryType));
        var mutation = (MutationType)activator.GetOrCreate(typeof(MutationType));
        var subscription = (SubscriptionType)activator.GetOrCreate(typeof(SubscriptionType));

        var contributions = new List<SchemaContribution>();
        foreach (var contributor in coreContributors)
        {
            var core = new SchemaContribution(SchemaOwners.Core);
            contributor.Contribute(core);
            contributions.Add(core);
        }

        foreach (var plugin in bouquet)
        {
            var contribution = new SchemaContribution(plugin.Id);
            plugin.Instance.ConfigureSchema(contribution);
            contributions.Add(contribution);
        }

        foreach (var contribution in contributions)
        {
            foreach (var type in contribution.Types)
            {
                schema.RegisterType(activator.GetOrCreate(type));
            }
        }

        ApplyExtensions(activator, contributions);

        schema.Query = query;
        schema.Mutation = mutation.Fields.Count > 0 ? mutation : null;
        schema.Subscription = subscription.Fields.Count > 0 ? subscription : null;
        schema.Initialize();
        return schema;
    }

    private static void ApplyExtensions(GraphTypeActivator activator, List<SchemaContribution> contributions)
    {
        var fieldOwners = new Dictionary<(string Type, string Field), string>();
        foreach (var contribution in contributions)
        {
            foreach (var extension in contribution.Extensions)
            {
                if (activator.FindByName(extension.TypeName) is not ({ } found, var typeOwner) || found is not IComplexGraphType target)
                {
                    throw new SchemaConflictException(
                        $"{GraphTypeActivator.Describe(contribution.PluginId)} extends the type '{extension.TypeName}', which is not an object type of this schema (is the plugin that defines it in the bouquet?).");
                }

                foreach (var field in extension.CreateFields())
                {
                    if (target.GetField(field.Name) is not null)
                    {
                        var owner = fieldOwners.GetValueOrDefault((extension.TypeName, field.Name), typeOwner);
                        throw new SchemaConflictException(
                            $"The field '{extension.TypeName}.{field.Name}' is defined by both {GraphTypeActivator.Describe(owner)} and {GraphTypeActivator.Describe(contribution.PluginId)}.");
                    }

                    target.AddField(field);
                    fieldOwners[(extension.TypeName, field.Name)] = contribution.PluginId;
                }
            }
        }
    }

    private string OwnerOf(Type graphType)
    {
        var assembly = graphType.IsGenericType
            ? graphType.GetGenericArguments().Select(argument => argument.Assembly).FirstOrDefault(a => catalog.PluginIdOf(a) is not null) ?? graphType.Assembly
            : graphType.Assembly;
        return catalog.PluginIdOf(assembly) ?? SchemaOwners.Core;
    }
}
