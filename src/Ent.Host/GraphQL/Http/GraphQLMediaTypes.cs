using Microsoft.Net.Http.Headers;

namespace Ent.Host.GraphQL.Http;

/// <summary>The media types of GraphQL over HTTP, and the choice of one from a request's Accept header.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// Picks the response media type: <c>application/graphql-response+json</c> when the client accepts it at
    /// least as much as <c>application/json</c>; <c>application/json</c> for legacy clients, wildcards and no
    /// Accept header; <see langword="null"/> when the client accepts neither.
    /// </summary>
    public static string? Negotiate(IList<MediaTypeHeaderValue> accept)
    {
        if (accept.Count == 0)
        {
            return Json;
        }

        double graphQLResponse = 0, json = 0;
        foreach (var range in accept)
        {
            var quality = range.Quality ?? 1;
            if (range.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                graphQLResponse = Math.Max(graphQLResponse, quality);
            }
            else if (range.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
                || range.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
                || range.MediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase))
            {
                json = Math.Max(json, quality);
            }
        }

        return graphQLResponse > 0 && graphQLResponse >= json ? GraphQLResponse : json > 0 ? Json : null;
    }

    public static bool IsJsonContent(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && mediaType.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && (!mediaType.Charset.HasValue || mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
}
