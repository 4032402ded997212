using BenchmarkDotNet.Attributes;
using Ent.Host.GraphQL.Schema;
using Ent.Host.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Bench.Micro;

/// <summary>Builds the schema of the built-in bouquet, as the host does once per distinct bouquet at start-up.</summary>
[MemoryDiagnoser]
public class SchemaBuildBenchmarks
{
    private MicroHost? _host;
    private SchemaFactory? _factory;
    private IReadOnlyList<LoadedPlugin> _bouquet = [];

    [GlobalSetup]
    public void SetUp()
    {
        _host = MicroHost.Create();
        _factory = _host.Services.GetRequiredService<SchemaFactory>();
        _bouquet = _host.Services.GetRequiredService<PluginCatalog>().Plugins;
    }

    [Benchmark(Description = "Schema build, built-in bouquet")]
    public object BuildBuiltInSchema() => _factory!.Build(_bouquet);

    [GlobalCleanup]
    public void CleanUp() => _host?.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
