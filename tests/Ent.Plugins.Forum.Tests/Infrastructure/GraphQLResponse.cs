using System.Text.Json.Nodes;
using Ent.Testing;
using Xunit;

namespace Ent.Plugins.Forum.Tests.Infrastructure;

/// <summary>Sends GraphQL operations to the host and reads what came back.</summary>
internal static class GraphQLResponse
{
    /// <summary>Posts an operation that must succeed without GraphQL errors and returns its data.</summary>
    public static async Task<JsonObject> QueryAsync(this HttpClient client, string query, object? variables = null)
    {
        var result = await client.PostGraphQLAsync(query, variables);
        Assert.True(result["errors"] is null, $"GraphQL errors: {result["errors"]?.ToJsonString()}");
        return result["data"]!.AsObject();
    }

    /// <summary>Runs a mutation and returns its payload, whatever user errors it carries.</summary>
    public static async Task<JsonObject> MutateAsync(this HttpClient client, string field, object input, string selection)
    {
        var inputType = char.ToUpperInvariant(field[0]) + field[1..] + "Input";
        var data = await client.QueryAsync($"mutation($input: {inputType}!) {{ {field}(input: $input) {{ {selection} errors {{ code message field }} }} }}", new { input });
        return data[field]!.AsObject();
    }

    /// <summary>Runs a mutation that must succeed and returns its payload.</summary>
    public static async Task<JsonObject> MutateOkAsync(this HttpClient client, string field, object input, string selection)
    {
        var payload = await client.MutateAsync(field, input, selection);
        Assert.True(payload["errors"]!.AsArray().Count == 0, $"{field} failed: {payload["errors"]!.ToJsonString()}");
        return payload;
    }

    /// <summary>The codes of a payload's user errors.</summary>
    public static IReadOnlyList<string> ErrorCodes(this JsonObject payload) =>
        [.. payload["errors"]!.AsArray().Select(error => error!["code"]!.GetValue<string>())];

    /// <summary>The codes of a response's GraphQL errors.</summary>
    public static IReadOnlyList<string> GraphQLErrorCodes(this JsonObject response) =>
        [.. (response["errors"]?.AsArray() ?? []).Select(error => error!["extensions"]?["code"]?.GetValue<string>() ?? "")];
}
