using Ent.Testing;

namespace Ent.Host.Tests.Infrastructure;

/// <summary>A host whose plugins directory holds only plugins compiled by the test, deleted afterwards.</summary>
/// <typeparam name="TEngine">The database engine.</typeparam>
public abstract class CompiledPluginsHost<TEngine> : EntHostFixture<TEngine>
    where TEngine : IDatabaseEngine
{
    private DirectoryInfo? _plugins;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _plugins?.Delete(recursive: true);
    }

    protected override void Configure(EntTestHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _plugins = System.IO.Directory.CreateTempSubdirectory("ent-plugins-");
        WritePlugins(_plugins.FullName);
        options.PluginsPath = _plugins.FullName;
    }

    /// <summary>Compiles or copies the plugins into the plugins directory.</summary>
    protected abstract void WritePlugins(string pluginsDirectory);
}

/// <summary>A host with the <see cref="TestPlugins.Greetings"/> plugin and small limits.</summary>
/// <typeparam name="TEngine">The database engine.</typeparam>
public sealed class GreetingsHost<TEngine> : CompiledPluginsHost<TEngine>
    where TEngine : IDatabaseEngine
{
    public const int MaxDepth = 6;

    public const int MaxBatchSize = 3;

    public const int MaxComplexity = 1_000;

    protected override void Configure(EntTestHostOptions options)
    {
        base.Configure(options);
        options.Settings["Ent:GraphQL:MaxDepth"] = MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture);
        options.Settings["Ent:GraphQL:MaxBatchSize"] = MaxBatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        options.Settings["Ent:GraphQL:MaxComplexity"] = MaxComplexity.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    protected override void WritePlugins(string pluginsDirectory) => TestPlugins.Greetings.CompileInto(pluginsDirectory);
}
