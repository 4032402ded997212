using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Ent.Host.Tests.Infrastructure;
using Ent.Testing;

namespace Ent.Host.Tests.GraphQL.Http;

public abstract class GraphQLHttpEndpointTests<TEngine>(GreetingsHost<TEngine> fixture) : IClassFixture<GreetingsHost<TEngine>>
    where TEngine : IDatabaseEngine
{
    private const string Json = "application/json";
    private const string GraphQLResponse = "application/graphql-response+json";

    [SkippableTheory]
    [InlineData(null, Json)]
    [InlineData(Json, Json)]
    [InlineData("*/*", Json)]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", Json)]
    public async Task Answers_in_the_media_type_the_client_accepts(string? accept, string expected)
    {
        using var response = await PostAsync("""{"query":"{ hello }"}""", accept: accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("Hello, world!", (string?)(await ReadAsync(response))["data"]!["hello"]);
    }

    [SkippableFact]
    public async Task Refuses_a_client_that_accepts_no_json_with_406()
    {
        using var response = await PostAsync("""{"query":"{ hello }"}""", accept: "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [SkippableTheory]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=latin1")]
    public async Task Refuses_a_body_that_is_not_json_with_415(string contentType)
    {
        using var response = await PostAsync("""{"query":"{ hello }"}""", contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [SkippableFact]
    public async Task Refuses_a_body_over_one_megabyte_with_413()
    {
        var padding = new string(' ', 1024 * 1024);

        using var response = await PostAsync($$"""{"query":"{ hello }"{{padding}}}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [SkippableFact]
    public async Task Refuses_other_methods_with_405()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.PutAsync(new Uri("/graphql", UriKind.Relative), new StringContent("""{"query":"{ hello }"}""", Encoding.UTF8, Json));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [SkippableTheory]
    [InlineData("""{"query": """)]
    [InlineData("not json")]
    public async Task Refuses_malformed_json_with_400(string body)
    {
        using var response = await PostAsync(body, accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType?.MediaType);
        var result = await ReadAsync(response);
        Assert.False(result.ContainsKey("data"));
        Assert.NotEmpty(result["errors"]!.AsArray());
    }

    [SkippableTheory]
    [InlineData("{}")]
    [InlineData("""{"query": null}""")]
    [InlineData("""{"query": 42}""")]
    [InlineData("""{"query": "{ hello }", "variables": [1]}""")]
    [InlineData("""{"query": "{ hello }", "operationName": 3}""")]
    [InlineData("42")]
    public async Task Refuses_a_request_without_a_valid_query_with_400(string body)
    {
        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False((await ReadAsync(response)).ContainsKey("data"));
    }

    [SkippableFact]
    public async Task Runs_a_query_sent_with_get()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync(new Uri("/graphql?query=" + Uri.EscapeDataString("query Hi($name: String) { hello(name: $name) }")
            + "&variables=" + Uri.EscapeDataString("""{"name":"GET"}"""), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, GET!", (string?)(await ReadAsync(response))["data"]!["hello"]);
    }

    [SkippableTheory]
    [InlineData("")]
    [InlineData("?variables=%7B%7D")]
    [InlineData("?query=%7Bhello%7D&variables=not-json")]
    [InlineData("?query=%7Bhello%7D&variables=%5B1%5D")]
    public async Task Refuses_a_get_without_a_valid_query_with_400(string queryString)
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync(new Uri("/graphql" + queryString, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [SkippableFact]
    public async Task Refuses_a_mutation_sent_with_get_with_405_and_allows_post()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync(new Uri("/graphql?query=" + Uri.EscapeDataString("""mutation { echo(text: "x") }"""), UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.False((await ReadAsync(response)).ContainsKey("data"));
    }

    [SkippableFact]
    public async Task Refuses_with_get_a_mutation_whose_document_was_cached_by_a_post()
    {
        const string Mutation = """mutation { echo(text: "cached") }""";
        using (var posted = await PostAsync(Body(Mutation)))
        {
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        }

        using var client = fixture.Host.CreateClient();
        using var response = await client.GetAsync(new Uri("/graphql?query=" + Uri.EscapeDataString(Mutation), UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("HTTP_METHOD_NOT_ALLOWED", (string?)(await ReadAsync(response))["errors"]![0]!["extensions"]!["code"]);
    }

    [SkippableFact]
    public async Task Runs_a_mutation_sent_with_post()
    {
        using var response = await PostAsync("""{"query":"mutation { echo(text: \"posted\") }"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("posted", (string?)(await ReadAsync(response))["data"]!["echo"]);
    }

    [SkippableTheory]
    [InlineData("{ hello")]
    [InlineData("{ noSuchField }")]
    [InlineData("query ($n: Int!) { hello }")]
    public async Task Answers_a_document_error_with_200_in_json_and_without_data(string query)
    {
        using var response = await PostAsync(Body(query), accept: Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await ReadAsync(response);
        Assert.False(result.ContainsKey("data"));
        Assert.NotEmpty(result["errors"]!.AsArray());
    }

    [SkippableTheory]
    [InlineData("{ hello")]
    [InlineData("{ noSuchField }")]
    [InlineData("query ($n: Int!) { hello }")]
    public async Task Answers_a_document_error_with_400_in_graphql_response_json_and_without_data(string query)
    {
        using var response = await PostAsync(Body(query), accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType?.MediaType);
        var result = await ReadAsync(response);
        Assert.False(result.ContainsKey("data"));
        Assert.NotEmpty(result["errors"]!.AsArray());
    }

    [SkippableFact]
    public async Task Answers_a_variable_that_does_not_coerce_with_400_in_graphql_response_json()
    {
        using var response = await PostAsync("""{"query":"query ($name: String) { hello(name: $name) }","variables":{"name":{"not":"a string"}}}""", accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False((await ReadAsync(response)).ContainsKey("data"));
    }

    [SkippableFact]
    public async Task Runs_each_operation_of_a_batch_and_answers_an_array_in_order()
    {
        using var response = await PostAsync("""
            [
              {"query":"{ hello(name: \"one\") }"},
              {"query":"{ nope }"},
              {"query":"mutation { echo(text: \"three\") }"}
            ]
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal(3, results.Count);
        Assert.Equal("Hello, one!", (string?)results[0]!["data"]!["hello"]);
        Assert.NotEmpty(results[1]!["errors"]!.AsArray());
        Assert.Equal("three", (string?)results[2]!["data"]!["echo"]);
    }

    [SkippableFact]
    public async Task Refuses_a_batch_larger_than_the_limit_with_400()
    {
        var operations = Enumerable.Repeat("""{"query":"{ hello }"}""", GreetingsHost<TEngine>.MaxBatchSize + 1);

        using var response = await PostAsync($"[{string.Join(',', operations)}]");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"from 1 to {GreetingsHost<TEngine>.MaxBatchSize} operations", (string?)(await ReadAsync(response))["errors"]![0]!["message"], StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("[]")]
    [InlineData("""[{"query":"{ hello }"}, 42]""")]
    public async Task Refuses_an_empty_or_malformed_batch_with_400(string body)
    {
        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static string Body(string query) => new JsonObject { ["query"] = query }.ToJsonString();

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    private async Task<HttpResponseMessage> PostAsync(string body, string contentType = Json, string? accept = null)
    {
        using var client = fixture.Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await client.SendAsync(request);
    }
}

public sealed class GraphQLHttpEndpointTestsOnSqlite(GreetingsHost<Sqlite> fixture) : GraphQLHttpEndpointTests<Sqlite>(fixture);

public sealed class GraphQLHttpEndpointTestsOnPostgreSql(GreetingsHost<PostgreSql> fixture) : GraphQLHttpEndpointTests<PostgreSql>(fixture);
