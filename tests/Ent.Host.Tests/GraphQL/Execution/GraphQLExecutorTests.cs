using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ent.Host.Tests.Infrastructure;
using Ent.Testing;

namespace Ent.Host.Tests.GraphQL.Execution;

public abstract class GraphQLExecutorTests<TEngine>(GreetingsHost<TEngine> fixture) : IClassFixture<GreetingsHost<TEngine>>
    where TEngine : IDatabaseEngine
{
    [SkippableFact]
    public async Task Runs_a_query_as_deep_as_the_configured_limit()
    {
        var (status, result) = await PostAsync(Nest("next", GreetingsHost<TEngine>.MaxDepth - 2));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(result["errors"]);
        Assert.NotNull(result["data"]!["greeting"]);
    }

    [SkippableFact]
    public async Task Refuses_a_query_deeper_than_the_configured_limit()
    {
        var (status, result) = await PostAsync(Nest("next", GreetingsHost<TEngine>.MaxDepth - 1));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(result.ContainsKey("data"));
        var error = Assert.Single(result["errors"]!.AsArray());
        Assert.Equal("QUERY_TOO_COMPLEX", (string?)error!["extensions"]!["code"]);
    }

    [SkippableFact]
    public async Task Refuses_a_query_more_complex_than_the_configured_limit()
    {
        // Each list multiplies the cost of what it holds: 20 × 20 × 20 greetings exceed the limit, within the depth.
        var (status, result) = await PostAsync(Nest("replies", 3));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(result.ContainsKey("data"));
        var error = Assert.Single(result["errors"]!.AsArray());
        Assert.Equal("QUERY_TOO_COMPLEX", (string?)error!["extensions"]!["code"]);
    }

    [SkippableFact]
    public async Task Runs_a_query_with_a_list_within_the_complexity_limit()
    {
        var (status, result) = await PostAsync(Nest("replies", 1));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(result["errors"]);
    }

    [SkippableFact]
    public async Task Answers_a_failing_resolver_with_internal_server_error_and_no_details()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.PostAsJsonAsync("/graphql", new { query = "{ hello fail }" });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = JsonNode.Parse(body)!;
        Assert.Equal("Hello, world!", (string?)result["data"]!["hello"]);
        Assert.Null(result["data"]!["fail"]);
        var error = Assert.Single(result["errors"]!.AsArray());
        Assert.Equal("INTERNAL_SERVER_ERROR", (string?)error!["extensions"]!["code"]);
        Assert.Equal(["fail"], error["path"]!.AsArray().Select(segment => (string?)segment));
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain("stack", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    // { greeting { field { … { text } } } }: fields nested levels + 2 deep.
    private static string Nest(string field, int levels) =>
        "{ greeting { " + string.Concat(Enumerable.Repeat(field + " { ", levels)) + "text" + string.Concat(Enumerable.Repeat(" }", levels)) + " } }";

    private async Task<(HttpStatusCode Status, JsonObject Result)> PostAsync(string query)
    {
        using var client = fixture.Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Add("Accept", "application/graphql-response+json");
        using var response = await client.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }
}

public sealed class GraphQLExecutorTestsOnSqlite(GreetingsHost<Sqlite> fixture) : GraphQLExecutorTests<Sqlite>(fixture);

public sealed class GraphQLExecutorTestsOnPostgreSql(GreetingsHost<PostgreSql> fixture) : GraphQLExecutorTests<PostgreSql>(fixture);
