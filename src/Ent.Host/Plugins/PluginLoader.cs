using System.Reflection;
using Ent.Plugins;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using McMasterPluginLoader = McMaster.NETCore.Plugins.PluginLoader;

namespace Ent.Host.Plugins;

/// <summary>
/// Loads every plugin folder of the plugins directory, once, at start-up. A plugin that cannot be used is
/// logged with its reason and left out; the others are served.
/// </summary>
internal sealed class PluginLoader(ILogger logger)
{
    // Types whose assemblies the host and plugins must share, so that a plugin's IEntPlugin, graph types
    // and DbContexts are the host's. The loader also prefers every other assembly the host already has.
    private static readonly Type[] SharedTypes =
    [
        typeof(IEntPlugin),
        typeof(ISchema),
        typeof(DbContext),
        typeof(RelationalDatabaseFacadeExtensions),
        typeof(SqliteDbContextOptionsBuilderExtensions),
        typeof(NpgsqlDbContextOptionsBuilderExtensions),
        typeof(IServiceCollection),
        typeof(ILogger),
        typeof(IConfiguration),
    ];

    public IReadOnlyList<LoadedPlugin> LoadAll(string pluginsDirectory, ICollection<PluginFailure> failures)
    {
        if (!System.IO.Directory.Exists(pluginsDirectory))
        {
            logger.LogWarning("The plugins directory {PluginsDirectory} does not exist: no service plugin is loaded.", pluginsDirectory);
            return [];
        }

        var loaded = new List<LoadedPlugin>();
        foreach (var folder in System.IO.Directory.GetDirectories(pluginsDirectory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            var plugin = TryLoad(folder, name, out var reason);
            if (plugin is null)
            {
                Fail(failures, name, reason!);
            }
            else if (loaded.Find(other => other.Id == plugin.Id) is { } twin)
            {
                Fail(failures, name, $"its id '{plugin.Id}' is already used by the plugin in {Path.GetFileName(twin.Directory)}");
            }
            else
            {
                loaded.Add(plugin);
            }
        }

        return DropThoseMissingDependencies(loaded, failures);
    }

    private LoadedPlugin? TryLoad(string folder, string name, out string? reason)
    {
        var assemblyPath = Path.Combine(folder, name + ".dll");
        if (!File.Exists(assemblyPath))
        {
            reason = $"the file {name}.dll is missing from its folder";
            return null;
        }

        Assembly assembly;
        try
        {
            var loader = McMasterPluginLoader.CreateFromAssemblyFile(
                assemblyPath,
                isUnloadable: false,
                SharedTypes,
                config => config.PreferSharedTypes = true);
            assembly = loader.LoadDefaultAssembly();
        }
        catch (BadImageFormatException)
        {
            reason = $"{name}.dll is not a .NET assembly";
            return null;
        }
        catch (Exception exception) when (exception is IOException or FileLoadException or InvalidOperationException)
        {
            reason = $"{name}.dll could not be loaded: {exception.Message}";
            return null;
        }

        Type[] entryTypes;
        try
        {
            entryTypes = [.. assembly.GetTypes().Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IEntPlugin).IsAssignableFrom(type))];
        }
        catch (ReflectionTypeLoadException exception)
        {
            var missing = exception.LoaderExceptions.OfType<Exception>().Select(e => e.Message).Distinct();
            reason = $"its types cannot load, a dependency is probably missing: {string.Join("; ", missing)}";
            return null;
        }

        if (entryTypes.Length != 1)
        {
            reason = entryTypes.Length == 0
                ? $"{name}.dll has no class implementing {nameof(IEntPlugin)}"
                : $"{name}.dll has {entryTypes.Length} classes implementing {nameof(IEntPlugin)}, where one is expected";
            return null;
        }

        IEntPlugin instance;
        try
        {
            instance = (IEntPlugin)Activator.CreateInstance(entryTypes[0])!;
        }
        catch (Exception exception) when (exception is TargetInvocationException or MissingMethodException or MemberAccessException)
        {
            reason = $"its entry type {entryTypes[0].Name} could not be created: {(exception.InnerException ?? exception).Message}";
            return null;
        }

        PluginManifest manifest;
        try
        {
            manifest = instance.Manifest;
        }
#pragma warning disable CA1031 // A plugin's own code may throw anything; the host carries on without it.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            reason = $"reading its manifest threw {exception.GetType().Name}: {exception.Message}";
            return null;
        }

        reason = PluginManifestValidator.FindProblem(manifest);
        return reason is null ? new LoadedPlugin(instance, assembly, folder) : null;
    }

    private List<LoadedPlugin> DropThoseMissingDependencies(List<LoadedPlugin> plugins, ICollection<PluginFailure> failures)
    {
        var remaining = plugins;
        while (true)
        {
            var ids = remaining.Select(plugin => plugin.Id).ToHashSet(StringComparer.Ordinal);
            var broken = remaining
                .Select(plugin => (plugin, missing: plugin.Manifest.Dependencies.Where(dependency => !ids.Contains(dependency)).ToList()))
                .Where(entry => entry.missing.Count > 0)
                .ToList();
            if (broken.Count == 0)
            {
                return remaining;
            }

            foreach (var (plugin, missing) in broken)
            {
                Fail(failures, Path.GetFileName(plugin.Directory), $"it needs the plugin(s) {string.Join(", ", missing)}, which did not load");
            }

            remaining = [.. remaining.Except(broken.Select(entry => entry.plugin))];
        }
    }

    private void Fail(ICollection<PluginFailure> failures, string name, string reason)
    {
        logger.LogError("The plugin {Plugin} is left out: {Reason}.", name, reason);
        failures.Add(new PluginFailure(name, reason));
    }
}
