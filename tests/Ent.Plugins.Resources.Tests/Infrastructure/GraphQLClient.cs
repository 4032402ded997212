using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace Ent.Plugins.Resources.Tests.Infrastructure;

/// <summary>A file part of a multipart GraphQL request, and the variable path it goes to.</summary>
public sealed record FilePart(string VariablePath, string FileName, byte[] Content, string ContentType = "application/octet-stream");

/// <summary>Sends GraphQL operations as JSON or as GraphQL multipart requests.</summary>
public static class GraphQLClient
{
    public static async Task<JsonObject> PostAsync(this HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostAsync("/graphql", JsonContent.Create(new { query, variables }));
        return await ReadAsync(response);
    }

    /// <summary>Sends one operation with files, as the GraphQL multipart request specification describes.</summary>
    public static async Task<HttpResponseMessage> SendMultipartAsync(this HttpClient client, string query, JsonObject variables, IReadOnlyList<FilePart> files, bool preflight = true)
    {
        var map = new JsonObject();
        var content = new MultipartFormDataContent();
        content.Add(new StringContent(new JsonObject { ["query"] = query, ["variables"] = variables }.ToJsonString(), Encoding.UTF8, "application/json"), "operations");
        for (var i = 0; i < files.Count; i++)
        {
            map[i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new JsonArray(files[i].VariablePath);
        }

        content.Add(new StringContent(map.ToJsonString(), Encoding.UTF8, "application/json"), "map");
        for (var i = 0; i < files.Count; i++)
        {
            var file = new ByteArrayContent(files[i].Content);
            file.Headers.ContentType = MediaTypeHeaderValue.Parse(files[i].ContentType);
            content.Add(file, i.ToString(System.Globalization.CultureInfo.InvariantCulture), files[i].FileName);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        if (preflight)
        {
            request.Headers.Add("GraphQL-Preflight", "1");
        }

        return await client.SendAsync(request);
    }

    public static async Task<JsonObject> UploadAsync(this HttpClient client, string query, JsonObject variables, params FilePart[] files)
    {
        using var response = await client.SendMultipartAsync(query, variables, files);
        return await ReadAsync(response);
    }

    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(body) as JsonObject ?? throw new JsonException($"Expected a JSON object, got {(int)response.StatusCode}: {body}");
    }

    /// <summary>Returns <c>data.{field}</c> of a mutation whose payload has no user errors.</summary>
    public static JsonNode Payload(this JsonObject result, string field)
    {
        Assert.True(result["errors"] is null, result.ToJsonString());
        var payload = result["data"]![field]!;
        Assert.True(payload["errors"]!.AsArray().Count == 0, payload.ToJsonString());
        return payload;
    }

    /// <summary>Returns the code of the single user error of a mutation's payload.</summary>
    public static string UserErrorCode(this JsonObject result, string field)
    {
        Assert.True(result["errors"] is null, result.ToJsonString());
        var errors = result["data"]![field]!["errors"]!.AsArray();
        Assert.True(errors.Count == 1, result.ToJsonString());
        return errors[0]!["code"]!.GetValue<string>();
    }
}
