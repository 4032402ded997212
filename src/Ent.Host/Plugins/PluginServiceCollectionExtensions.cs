using Serilog.Extensions.Logging;

namespace Ent.Host.Plugins;

internal static class PluginServiceCollectionExtensions
{
    /// <summary>
    /// Loads the plugins and lets each register its services. A plugin whose registration throws is left
    /// out whole: what it registered before throwing is discarded.
    /// </summary>
    public static PluginCatalog AddEntPlugins(this WebApplicationBuilder builder)
    {
        using var loggerFactory = new SerilogLoggerFactory(Serilog.Log.Logger);
        var logger = loggerFactory.CreateLogger<PluginLoader>();
        var options = builder.Configuration.GetSection(PluginsOptions.SectionName).Get<PluginsOptions>() ?? new PluginsOptions();
        var failures = new List<PluginFailure>();
        var candidates = new PluginLoader(logger).LoadAll(options.ResolvePath(), failures);

        var registered = new List<LoadedPlugin>();
        var pending = candidates.ToList();
        while (pending.Count > 0)
        {
            // Dependencies register first, whatever the order of the folders.
            var plugin = pending.Find(candidate => candidate.Manifest.Dependencies.All(dependency => pending.TrueForAll(other => other.Id != dependency)));
            if (plugin is null)
            {
                pending.ForEach(candidate => Fail(candidate, "its dependencies form a cycle"));
                break;
            }

            pending.Remove(plugin);
            if (plugin.Manifest.Dependencies.FirstOrDefault(dependency => registered.TrueForAll(other => other.Id != dependency)) is { } missing
                && candidates.Any(other => other.Id == missing))
            {
                // Its dependency failed to register just above.
                Fail(plugin, $"it needs the plugin {missing}, which failed to register its services");
                continue;
            }

            // The plugin sees what is already registered, so that its TryAdd calls leave the host's services
            // (the clock, say) in place; only what it adds is kept.
            IServiceCollection services = new ServiceCollection();
            foreach (var existing in builder.Services)
            {
                services.Add(existing);
            }

            var existingCount = services.Count;
            try
            {
                plugin.Instance.ConfigureServices(services, builder.Configuration.GetSection($"Ent:Plugins:Settings:{plugin.Id}"));
            }
#pragma warning disable CA1031 // A plugin's own code may throw anything; the host carries on without it.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                Fail(plugin, $"registering its services threw {exception.GetType().Name}: {exception.Message}");
                continue;
            }

            if (!services.Take(existingCount).SequenceEqual(builder.Services))
            {
                Fail(plugin, "registering its services removed or replaced services it did not add");
                continue;
            }

            foreach (var descriptor in services.Skip(existingCount))
            {
                builder.Services.Add(descriptor);
            }

            registered.Add(plugin);
            logger.LogInformation("Loaded plugin {PluginId} {PluginVersion} ({PluginName}).", plugin.Id, plugin.Manifest.Version, plugin.Manifest.Name);
        }

        var catalog = new PluginCatalog(registered, failures);
        builder.Services.AddSingleton(catalog);
        return catalog;

        void Fail(LoadedPlugin plugin, string reason)
        {
            logger.LogError("The plugin {Plugin} is left out: {Reason}.", plugin.Id, reason);
            failures.Add(new PluginFailure(Path.GetFileName(plugin.Directory), reason));
        }
    }
}
