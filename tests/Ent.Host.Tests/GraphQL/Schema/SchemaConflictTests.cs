using Ent.Data;
using Ent.Host.GraphQL.Schema;
using Ent.Host.Tests.Infrastructure;
using Ent.Testing;

namespace Ent.Host.Tests.GraphQL.Schema;

/// <summary>Plugins that clash stop start-up, with a message naming both sides.</summary>
public sealed class SchemaConflictTests
{
    public static TheoryData<DatabaseProvider> Engines => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql];

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Two_plugins_defining_the_same_type_stop_start_up(DatabaseProvider database)
    {
        var exception = await StartWithAsync(database, ThingPlugin("ThingsA", "things_a"), ThingPlugin("ThingsB", "things_b"));

        Assert.Equal("The type 'Thing' is defined by both plugin 'things_a' (ThingType) and plugin 'things_b' (ThingType).", exception.Message);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Two_plugins_defining_the_same_query_field_stop_start_up(DatabaseProvider database)
    {
        var exception = await StartWithAsync(database, QueryFieldPlugin("FieldA", "field_a", "same"), QueryFieldPlugin("FieldB", "field_b", "same"));

        Assert.Equal("The field 'Query.same' is defined by both plugin 'field_a' and plugin 'field_b'.", exception.Message);
    }

    [SkippableFact]
    public async Task A_plugin_redefining_a_core_field_stops_start_up()
    {
        var exception = await StartWithAsync(DatabaseProvider.Sqlite, QueryFieldPlugin("Bouquets", "bouquets", "bouquet"));

        Assert.Equal("The field 'Query.bouquet' is defined by both the host and plugin 'bouquets'.", exception.Message);
    }

    [SkippableFact]
    public async Task A_plugin_redefining_a_core_type_stops_start_up()
    {
        var plugin = ThingPlugin("Services", "services") with { Types = ThingPlugin("Services", "services").Types.Replace("\"Thing\"", "\"Service\"", StringComparison.Ordinal) };

        var exception = await StartWithAsync(DatabaseProvider.Sqlite, plugin);

        Assert.Contains("The type 'Service' is defined by both", exception.Message, StringComparison.Ordinal);
        Assert.Contains("the host (ServiceType)", exception.Message, StringComparison.Ordinal);
        Assert.Contains("plugin 'services' (ThingType)", exception.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_plugin_extending_a_type_outside_the_bouquet_stops_start_up()
    {
        var exception = await StartWithAsync(
            DatabaseProvider.Sqlite,
            new TestPlugin("Orphan", "orphan") { ConfigureSchema = """schema.ExtendType<object>("Nowhere", type => type.Field<StringGraphType>("x"));""" });

        Assert.Equal(
            "plugin 'orphan' extends the type 'Nowhere', which is not an object type of this schema (is the plugin that defines it in the bouquet?).",
            exception.Message);
    }

    [SkippableFact]
    public async Task A_bouquet_without_a_plugin_dependency_stops_start_up()
    {
        var exception = await StartWithAsync(
            DatabaseProvider.Sqlite,
            [TestPlugins.Greetings, TestPlugins.Farewells],
            ("Ent:Tenancy:Tenants:partial:Bouquet:0", "farewells"));

        Assert.Equal("Tenant partial's bouquet has the plugin 'farewells' but not 'greetings', which it needs.", exception.Message);
    }

    private static TestPlugin ThingPlugin(string folder, string id) => new(folder, id)
    {
        ConfigureSchema = "schema.AddType<ThingType>();",
        Types = """
            public sealed class ThingType : ObjectGraphType<object>
            {
                public ThingType()
                {
                    Name = "Thing";
                    Field<StringGraphType>("name").Resolve(_ => "thing");
                }
            }
            """,
    };

    private static TestPlugin QueryFieldPlugin(string folder, string id, string field) => new(folder, id)
    {
        ConfigureSchema = $$"""schema.ExtendQuery(query => query.Field<StringGraphType>("{{field}}").Resolve(_ => "{{id}}"));""",
    };

    private static Task<SchemaConflictException> StartWithAsync(DatabaseProvider database, params TestPlugin[] plugins) =>
        StartWithAsync(database, plugins, []);

    private static async Task<SchemaConflictException> StartWithAsync(DatabaseProvider database, TestPlugin[] plugins, params (string Key, string Value)[] settings)
    {
        using var pluginsDirectory = new TemporaryDirectory();
        foreach (var plugin in plugins)
        {
            plugin.CompileInto(pluginsDirectory.Path);
        }

        var options = new EntTestHostOptions { Database = database, PluginsPath = pluginsDirectory.Path };
        foreach (var (key, value) in settings)
        {
            options.Settings[key] = value;
        }

        return await Assert.ThrowsAsync<SchemaConflictException>(async () => await (await EntTestHost.StartAsync(options)).DisposeAsync());
    }
}
