using Ent.Plugins;

namespace Ent.Host.GraphQL.Schema;

/// <summary>The schema of one bouquet: the core types and the contributions of the bouquet's plugins.</summary>
internal sealed class EntSchema : global::GraphQL.Types.Schema
{
    public EntSchema(IServiceProvider services, IReadOnlyList<PluginManifest> bouquet)
        : base(services, runConfigurations: false)
    {
        Bouquet = bouquet;
    }

    /// <summary>Gets the manifests of the plugins this schema was built from.</summary>
    public IReadOnlyList<PluginManifest> Bouquet { get; }
}
