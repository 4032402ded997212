using Ent.GraphQL;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Plugins;

/// <summary>
/// The entry type of a service plugin. The host creates one instance per plugin assembly with the
/// type's public parameterless constructor, and never unloads it.
/// </summary>
public interface IEntPlugin
{
    /// <summary>Gets what the plugin is, which SDK it was built for and which plugins it needs.</summary>
    PluginManifest Manifest { get; }

    /// <summary>
    /// Registers the plugin's services, such as its <see cref="Data.EntDbContext"/> through
    /// <see cref="Data.EntStoreServiceCollectionExtensions.AddEntStore{TContext}"/>. Called once at start-up,
    /// whether or not any tenant has the plugin in its bouquet.
    /// </summary>
    /// <param name="services">The host's service collection.</param>
    /// <param name="configuration">The plugin's own configuration section, <c>Ent:Plugins:Settings:{id}</c>.</param>
    void ConfigureServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>
    /// Contributes the plugin's GraphQL types and fields. Called each time a schema is built for a bouquet
    /// that includes the plugin, so it must only describe types, never keep them.
    /// </summary>
    /// <param name="schema">The one way a plugin touches the schema.</param>
    void ConfigureSchema(ISchemaContribution schema);
}
