using System.Reflection;
using Ent.Plugins;

namespace Ent.Host.Plugins;

/// <summary>A plugin the host loaded and registered.</summary>
internal sealed record LoadedPlugin(IEntPlugin Instance, Assembly Assembly, string Directory)
{
    public PluginManifest Manifest => Instance.Manifest;

    public string Id => Manifest.Id;
}

/// <summary>A plugin folder the host left out, and why.</summary>
internal sealed record PluginFailure(string Name, string Reason);
