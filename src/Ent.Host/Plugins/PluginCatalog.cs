using System.Reflection;

namespace Ent.Host.Plugins;

/// <summary>The plugins the host loaded at start-up, and those it left out.</summary>
internal sealed class PluginCatalog(IReadOnlyList<LoadedPlugin> plugins, IReadOnlyList<PluginFailure> failures)
{
    private readonly Dictionary<string, LoadedPlugin> _byId = plugins.ToDictionary(plugin => plugin.Id, StringComparer.Ordinal);
    private readonly Dictionary<Assembly, string> _idByAssembly = plugins.ToDictionary(plugin => plugin.Assembly, plugin => plugin.Id);

    public IReadOnlyList<LoadedPlugin> Plugins { get; } = plugins;

    public IReadOnlyList<PluginFailure> Failures { get; } = failures;

    public LoadedPlugin? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Gets the id of the plugin an assembly belongs to, or <see langword="null"/> for the host and SDK.</summary>
    public string? PluginIdOf(Assembly assembly) => _idByAssembly.GetValueOrDefault(assembly);
}
