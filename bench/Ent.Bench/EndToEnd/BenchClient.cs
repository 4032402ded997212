using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ent.Bench.EndToEnd;

/// <summary>Sends prepared GraphQL requests to the host over HTTP, and tells whether each one succeeded.</summary>
internal sealed class BenchClient(HttpClient http, Func<Guid, string> tokenOf) : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private static readonly MediaTypeWithQualityHeaderValue GraphQLResponse = new("application/graphql-response+json");
    private static readonly byte[] ErrorsProperty = "errors"u8.ToArray();

    /// <summary>Prepares a request's body and headers once, so that the loop sends them without serializing again.</summary>
    public PreparedRequest Prepare(ScenarioRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["query"] = request.Query, ["variables"] = request.Variables.DeepClone() });
        return new PreparedRequest(body, new AuthenticationHeaderValue("Bearer", tokenOf(request.Viewer)));
    }

    /// <summary>Sends a request and reads its whole response.</summary>
    /// <returns>The outcome, with the response's size and the first error when it failed.</returns>
    public async Task<Outcome> SendAsync(PreparedRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(request.Body) };
        message.Content.Headers.ContentType = Json;
        message.Headers.Authorization = request.Authorization;
        message.Headers.Accept.Add(GraphQLResponse);
        using var response = await http.SendAsync(message, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK || HasErrors(body))
        {
            return new Outcome(false, body.Length, $"HTTP {(int)response.StatusCode}: {Truncate(Encoding.UTF8.GetString(body))}");
        }

        return new Outcome(true, body.Length, null);
    }

    /// <summary>Sends a request and gives its <c>data</c>, for set-up requests.</summary>
    /// <exception cref="InvalidOperationException">When the request fails.</exception>
    public async Task<JsonObject> QueryAsync(Guid viewer, string query, JsonObject variables, CancellationToken cancellationToken)
    {
        var request = Prepare(new ScenarioRequest("set-up", viewer, query, variables));
        using var message = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(request.Body) };
        message.Content.Headers.ContentType = Json;
        message.Headers.Authorization = request.Authorization;
        using var response = await http.SendAsync(message, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var json = JsonNode.Parse(text) as JsonObject;
        if (response.StatusCode != HttpStatusCode.OK || json?["errors"] is not null || json?["data"] is not JsonObject data)
        {
            throw new InvalidOperationException($"A set-up request failed with HTTP {(int)response.StatusCode}: {Truncate(text)}");
        }

        return data;
    }

    public void Dispose() => http.Dispose();

    // Looks for a top-level "errors" member without building a document, so that checking costs the loop little.
    private static bool HasErrors(byte[] body)
    {
        var reader = new Utf8JsonReader(body);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return true;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(ErrorsProperty))
            {
                return true;
            }

            reader.Read();
            reader.Skip();
        }

        return false;
    }

    private static string Truncate(string text) => text.Length <= 400 ? text : $"{text[..400]}…";
}

/// <summary>A request's body and credentials, ready to send many times.</summary>
internal sealed record PreparedRequest(byte[] Body, AuthenticationHeaderValue Authorization);

/// <summary>What came back: whether it succeeded, the response's size, and the error when it failed.</summary>
internal readonly record struct Outcome(bool Succeeded, int ResponseBytes, string? Error);
