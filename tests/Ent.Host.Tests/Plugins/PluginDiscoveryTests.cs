using Ent.Host.Plugins;
using Ent.Host.Tests.Infrastructure;
using Ent.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Host.Tests.Plugins;

public abstract class PluginDiscoveryTests<TEngine>(PluginDiscoveryHost<TEngine> fixture) : IClassFixture<PluginDiscoveryHost<TEngine>>
    where TEngine : IDatabaseEngine
{
    private PluginCatalog Catalog => fixture.Host.Services.GetRequiredService<PluginCatalog>();

    [SkippableFact]
    public async Task Serves_the_field_of_a_plugin_compiled_apart_from_the_host()
    {
        using var client = fixture.Host.CreateClient();

        var response = await client.PostGraphQLAsync("""{ hello(name: "ENT") }""");

        Assert.Null(response["errors"]);
        Assert.Equal("Hello, ENT!", (string?)response["data"]!["hello"]);
    }

    [SkippableFact]
    public async Task A_plugin_extends_a_type_of_the_plugin_it_depends_on()
    {
        using var client = fixture.Host.CreateClient();

        var response = await client.PostGraphQLAsync("{ greeting { text farewell } }");

        Assert.Null(response["errors"]);
        Assert.Equal("Hi", (string?)response["data"]!["greeting"]!["text"]);
        Assert.Equal("Goodbye!", (string?)response["data"]!["greeting"]!["farewell"]);
    }

    [SkippableFact]
    public async Task Loads_only_the_usable_plugins_and_serves_them_as_the_bouquet()
    {
        using var client = fixture.Host.CreateClient();

        var response = await client.PostGraphQLAsync("{ bouquet { id name version } }");

        Assert.Equal(["farewells", "greetings"], Catalog.Plugins.Select(plugin => plugin.Id).Order(StringComparer.Ordinal));
        var bouquet = response["data"]!["bouquet"]!.AsArray();
        Assert.Equal(["farewells", "greetings"], bouquet.Select(service => (string?)service!["id"]).Order(StringComparer.Ordinal));
        Assert.All(bouquet, service => Assert.Equal("1.0.0", (string?)service!["version"]));
    }

    [SkippableTheory]
    [InlineData("NoAssembly", "the file NoAssembly.dll is missing from its folder")]
    [InlineData("NotAnAssembly", "NotAnAssembly.dll is not a .NET assembly")]
    [InlineData("NoEntryType", "NoEntryType.dll has no class implementing IEntPlugin")]
    [InlineData("NewerMajorSdk", "it was built for SDK 2.0.0 and this host has SDK 1.0.0")]
    [InlineData("NewerMinorSdk", "it was built for SDK 1.9.0 and this host has SDK 1.0.0")]
    [InlineData("InvalidId", "its id 'Invalid-Id' is not lowercase letters, digits and underscores starting with a letter (at most 32)")]
    [InlineData("ThrowsOnRegistration", "registering its services threw InvalidOperationException: Registration failed on purpose.")]
    [InlineData("NeedsAFailedPlugin", "it needs the plugin throws, which failed to register its services")]
    [InlineData("NeedsAMissingPlugin", "it needs the plugin(s) absent, which did not load")]
    [InlineData("CycleA", "its dependencies form a cycle")]
    [InlineData("CycleB", "its dependencies form a cycle")]
    [InlineData("SecondGreetings", "its id 'greetings' is already used by the plugin in Greetings")]
    public void Leaves_out_a_broken_plugin_with_its_reason(string folder, string reason)
    {
        var failure = Assert.Single(Catalog.Failures, failure => failure.Name == folder);
        Assert.Equal(reason, failure.Reason);
    }

    [SkippableFact]
    public void Reports_each_broken_plugin_once()
    {
        Assert.Equal(12, Catalog.Failures.Count);
        Assert.Equal(Catalog.Failures.Count, Catalog.Failures.Select(failure => failure.Name).Distinct().Count());
    }
}

public sealed class PluginDiscoveryTestsOnSqlite(PluginDiscoveryHost<Sqlite> fixture) : PluginDiscoveryTests<Sqlite>(fixture);

public sealed class PluginDiscoveryTestsOnPostgreSql(PluginDiscoveryHost<PostgreSql> fixture) : PluginDiscoveryTests<PostgreSql>(fixture);

/// <summary>A plugins directory with two good plugins beside broken ones of every kind.</summary>
/// <typeparam name="TEngine">The database engine.</typeparam>
public sealed class PluginDiscoveryHost<TEngine> : CompiledPluginsHost<TEngine>
    where TEngine : IDatabaseEngine
{
    protected override void WritePlugins(string pluginsDirectory)
    {
        TestPlugins.Greetings.CompileInto(pluginsDirectory);
        TestPlugins.Farewells.CompileInto(pluginsDirectory);

        System.IO.Directory.CreateDirectory(Path.Combine(pluginsDirectory, "NoAssembly"));
        File.WriteAllText(Path.Combine(pluginsDirectory, "NoAssembly", "readme.txt"), "The assembly is missing.");
        System.IO.Directory.CreateDirectory(Path.Combine(pluginsDirectory, "NotAnAssembly"));
        File.WriteAllText(Path.Combine(pluginsDirectory, "NotAnAssembly", "NotAnAssembly.dll"), "This is not a PE file.");
        PluginCompiler.Compile(pluginsDirectory, "NoEntryType", "public sealed class NotAPlugin { }");

        new TestPlugin("NewerMajorSdk", "newer_major") { SdkVersion = "2.0.0" }.CompileInto(pluginsDirectory);
        new TestPlugin("NewerMinorSdk", "newer_minor") { SdkVersion = "1.9.0" }.CompileInto(pluginsDirectory);
        new TestPlugin("InvalidId", "Invalid-Id").CompileInto(pluginsDirectory);
        new TestPlugin("ThrowsOnRegistration", "throws")
        {
            ConfigureServices = """throw new System.InvalidOperationException("Registration failed on purpose.");""",
        }.CompileInto(pluginsDirectory);
        new TestPlugin("NeedsAFailedPlugin", "needs_failed") { Dependencies = ["throws"] }.CompileInto(pluginsDirectory);
        new TestPlugin("NeedsAMissingPlugin", "needs_missing") { Dependencies = ["absent"] }.CompileInto(pluginsDirectory);
        new TestPlugin("SecondGreetings", "greetings").CompileInto(pluginsDirectory);
        new TestPlugin("CycleA", "cycle_a") { Dependencies = ["cycle_b"] }.CompileInto(pluginsDirectory);
        new TestPlugin("CycleB", "cycle_b") { Dependencies = ["cycle_a"] }.CompileInto(pluginsDirectory);
    }
}
