using System.Collections.Concurrent;
using Ent.Host.Plugins;
using Ent.Tenancy;

namespace Ent.Host.GraphQL.Schema;

/// <summary>
/// Holds one schema per distinct bouquet, built on first use (or at start-up by
/// <see cref="Hosting.StartupInitializer"/>) and kept: tenants with the same bouquet share a schema.
/// </summary>
internal sealed class SchemaRegistry(SchemaFactory factory, PluginCatalog catalog, ILogger<SchemaRegistry> logger)
{
    private readonly ConcurrentDictionary<string, Lazy<EntSchema>> _schemas = new(StringComparer.Ordinal);

    public EntSchema GetSchema(TenantInfo tenant)
    {
        var bouquet = tenant.Bouquet.Order(StringComparer.Ordinal).ToList();
        var key = string.Join(',', bouquet);
        return _schemas.GetOrAdd(key, _ => new Lazy<EntSchema>(() => Build(bouquet, tenant))).Value;
    }

    private EntSchema Build(List<string> bouquet, TenantInfo tenant)
    {
        var plugins = bouquet.Select(id => catalog.Find(id)!).ToList();
        foreach (var plugin in plugins)
        {
            var missing = plugin.Manifest.Dependencies.Where(dependency => !bouquet.Contains(dependency)).ToList();
            if (missing.Count > 0)
            {
                throw new SchemaConflictException(
                    $"Tenant {tenant.Id}'s bouquet has the plugin '{plugin.Id}' but not {string.Join(", ", missing.Select(m => $"'{m}'"))}, which it needs.");
            }
        }

        var schema = factory.Build(plugins);
        logger.LogInformation("Built the schema of bouquet [{Bouquet}] with {TypeCount} types.", string.Join(", ", bouquet), schema.AllTypes.Count);
        return schema;
    }
}
