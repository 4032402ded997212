using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ent.Host.Tenancy;

namespace Ent.Testing;

/// <summary>Sends GraphQL operations to the host's <c>/graphql</c> endpoint.</summary>
public static class GraphQLHttpClientExtensions
{
    /// <summary>The header naming the tenant of a request.</summary>
    public const string TenantHeader = TenantResolver.HeaderName;

    /// <summary>Posts one operation as <c>application/json</c> and reads the JSON response, whatever its status.</summary>
    /// <param name="client">A client of the host.</param>
    /// <param name="query">The GraphQL document.</param>
    /// <param name="variables">The variables, serialized as JSON.</param>
    /// <param name="tenant">The tenant to name in the <c>Ent-Tenant</c> header, if any.</param>
    /// <param name="accessToken">The bearer token to send, if any (see <see cref="EntTestHost.IssueAccessToken"/>).</param>
    /// <returns>The response body.</returns>
    public static async Task<JsonObject> PostGraphQLAsync(this HttpClient client, string query, object? variables = null, string? tenant = null, string? accessToken = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        if (tenant is not null)
        {
            request.Headers.Add(TenantHeader, tenant);
        }

        if (accessToken is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(body) as JsonObject
            ?? throw new JsonException($"Expected a JSON object from /graphql, got {(int)response.StatusCode}: {body}");
    }
}
