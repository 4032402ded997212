using System.Net;
using Ent.Host.GraphQL.Schema;
using Ent.Host.Tenancy;
using Ent.Host.Tests.Infrastructure;
using Ent.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Host.Tests.Tenancy;

public abstract class TenantSchemaTests<TEngine>(TwoTenantsHost<TEngine> fixture) : IClassFixture<TwoTenantsHost<TEngine>>
    where TEngine : IDatabaseEngine
{
    [SkippableFact]
    public async Task Serves_each_tenant_the_fields_of_its_own_bouquet()
    {
        using var client = fixture.Host.CreateClient();

        var northHello = await client.PostGraphQLAsync("{ hello }", tenant: "north");
        var northForecast = await client.PostGraphQLAsync("{ forecast }", tenant: "north");
        var southForecast = await client.PostGraphQLAsync("{ forecast }", tenant: "south");
        var southHello = await client.PostGraphQLAsync("{ hello }", tenant: "south");

        Assert.Equal("Hello, world!", (string?)northHello["data"]!["hello"]);
        Assert.Contains("forecast", (string?)northForecast["errors"]![0]!["message"], StringComparison.Ordinal);
        Assert.Equal("Sunny", (string?)southForecast["data"]!["forecast"]);
        Assert.Contains("hello", (string?)southHello["errors"]![0]!["message"], StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("north", new[] { "greetings" })]
    [InlineData("south", new[] { "weather" })]
    [InlineData("west", new string[0])]
    [InlineData("loir-et-cher", new[] { "greetings", "weather" })]
    public async Task Lists_the_tenant_bouquet(string tenant, string[] expected)
    {
        using var client = fixture.Host.CreateClient();

        var response = await client.PostGraphQLAsync("{ bouquet { id } }", tenant: tenant);

        Assert.Equal(expected, response["data"]!["bouquet"]!.AsArray().Select(service => (string?)service!["id"]));
    }

    [SkippableFact]
    public async Task Serves_each_tenant_the_sdl_of_its_own_schema()
    {
        var north = await GetSdlAsync("north");
        var south = await GetSdlAsync("south");

        Assert.Contains("hello(", north, StringComparison.Ordinal);
        Assert.DoesNotContain("forecast", north, StringComparison.Ordinal);
        Assert.Contains("forecast", south, StringComparison.Ordinal);
        Assert.DoesNotContain("hello", south, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Builds_one_schema_per_distinct_bouquet()
    {
        var tenants = fixture.Host.Services.GetRequiredService<TenantRegistry>();
        var schemas = fixture.Host.Services.GetRequiredService<SchemaRegistry>();

        var north = schemas.GetSchema(tenants.Find("north")!);

        Assert.NotSame(north, schemas.GetSchema(tenants.Find("south")!));
        Assert.Same(north, schemas.GetSchema(tenants.Find("north-east")!));
    }

    [SkippableFact]
    public async Task Refuses_an_unknown_tenant_with_tenant_not_found()
    {
        using var client = fixture.Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query = "{ hello }" }) };
        request.Headers.Add(GraphQLHttpClientExtensions.TenantHeader, "nowhere");

        using var response = await client.SendAsync(request);
        var result = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(result["data"]);
        var error = Assert.Single(result["errors"]!.AsArray());
        Assert.Equal("TENANT_NOT_FOUND", (string?)error!["extensions"]!["code"]);
        Assert.Equal("No tenant is called 'nowhere'.", (string?)error["message"]);
    }

    [SkippableFact]
    public async Task Refuses_the_sdl_of_an_unknown_tenant()
    {
        using var client = fixture.Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/schema.graphql");
        request.Headers.Add(GraphQLHttpClientExtensions.TenantHeader, "nowhere");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<string> GetSdlAsync(string tenant)
    {
        using var client = fixture.Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/schema.graphql");
        request.Headers.Add(GraphQLHttpClientExtensions.TenantHeader, tenant);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}

public sealed class TenantSchemaTestsOnSqlite(TwoTenantsHost<Sqlite> fixture) : TenantSchemaTests<Sqlite>(fixture);

public sealed class TenantSchemaTestsOnPostgreSql(TwoTenantsHost<PostgreSql> fixture) : TenantSchemaTests<PostgreSql>(fixture);

/// <summary>
/// Two plugins and tenants with different bouquets: north has greetings, south weather, north-east the same
/// bouquet as north, west a plugin that is not loaded; the default tenant keeps every plugin.
/// </summary>
/// <typeparam name="TEngine">The database engine.</typeparam>
public sealed class TwoTenantsHost<TEngine> : CompiledPluginsHost<TEngine>
    where TEngine : IDatabaseEngine
{
    protected override void Configure(EntTestHostOptions options)
    {
        base.Configure(options);
        options.Settings["Ent:Tenancy:Tenants:north:Name"] = "Nord";
        options.Settings["Ent:Tenancy:Tenants:north:Bouquet:0"] = "greetings";
        options.Settings["Ent:Tenancy:Tenants:north-east:Bouquet:0"] = "greetings";
        options.Settings["Ent:Tenancy:Tenants:south:Bouquet:0"] = "weather";
        options.Settings["Ent:Tenancy:Tenants:west:Bouquet:0"] = "absent";
    }

    protected override void WritePlugins(string pluginsDirectory)
    {
        TestPlugins.Greetings.CompileInto(pluginsDirectory);
        TestPlugins.Weather.CompileInto(pluginsDirectory);
    }
}
