using System.Text.Json;
using Ent.Host.GraphQL.Execution;
using Microsoft.AspNetCore.Http.Features;

namespace Ent.Host.GraphQL.Http;

/// <summary>
/// Reads GraphQL requests from HTTP as the GraphQL-over-HTTP specification describes: a JSON object (or a
/// JSON array of them, for a batch) in a POST body, or the <c>query</c>, <c>operationName</c>,
/// <c>variables</c> and <c>extensions</c> parameters of a GET.
/// </summary>
internal static class GraphQLHttpRequestReader
{
    private const int MaxBodyBytes = 1024 * 1024;

    public static async Task<HttpReadResult> ReadPostAsync(HttpRequest request, int maxBatchSize, CancellationToken cancellationToken)
    {
        if (!GraphQLMediaTypes.IsJsonContent(request.ContentType))
        {
            return HttpReadResult.Fail(StatusCodes.Status415UnsupportedMediaType, "Send the request as application/json (UTF-8).");
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return TooLarge();
        }

        // A chunked body has no Content-Length: the server stops reading it past the limit instead.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = MaxBodyBytes;
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, default, cancellationToken);
        }
        catch (JsonException)
        {
            return HttpReadResult.Fail(StatusCodes.Status400BadRequest, "The request body is not valid JSON.");
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }

        using (document)
        {
            return FromJson(document.RootElement, maxBatchSize);
        }
    }

    /// <summary>Reads a request, or a batch of them, from the JSON value of a POST body or of a multipart <c>operations</c> part.</summary>
    public static HttpReadResult FromJson(JsonElement root, int maxBatchSize)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            var length = root.GetArrayLength();
            if (length == 0 || length > maxBatchSize)
            {
                return HttpReadResult.Fail(StatusCodes.Status400BadRequest, $"A batch holds from 1 to {maxBatchSize} operations.");
            }

            var requests = new List<GraphQLRequest>(length);
            foreach (var element in root.EnumerateArray())
            {
                if (ReadObject(element, out var problem) is not { } parsed)
                {
                    return HttpReadResult.Fail(StatusCodes.Status400BadRequest, problem!);
                }

                requests.Add(parsed);
            }

            return new HttpReadResult(requests, IsBatch: true, 0, null);
        }

        return ReadObject(root, out var error) is { } single
            ? new HttpReadResult([single], IsBatch: false, 0, null)
            : HttpReadResult.Fail(StatusCodes.Status400BadRequest, error!);
    }

    private static HttpReadResult TooLarge() =>
        HttpReadResult.Fail(StatusCodes.Status413PayloadTooLarge, $"The request body exceeds {MaxBodyBytes} bytes.");

    public static HttpReadResult ReadGet(HttpRequest request)
    {
        var parameters = request.Query;
        var query = parameters["query"];
        if (query.Count != 1 || string.IsNullOrEmpty(query[0]))
        {
            return HttpReadResult.Fail(StatusCodes.Status400BadRequest, "The `query` parameter is required, once.");
        }

        if (!TryParseJsonObject(parameters["variables"], out var variables) || !TryParseJsonObject(parameters["extensions"], out var extensions))
        {
            return HttpReadResult.Fail(StatusCodes.Status400BadRequest, "`variables` and `extensions` must be JSON-encoded objects.");
        }

        var operationName = parameters["operationName"].Count > 0 ? parameters["operationName"][0] : null;
        return new HttpReadResult([new GraphQLRequest(query[0]!, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions)], IsBatch: false, 0, null);
    }

    private static GraphQLRequest? ReadObject(JsonElement element, out string? problem)
    {
        problem = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            problem = "A GraphQL request is a JSON object.";
            return null;
        }

        if (!element.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
        {
            problem = "`query` is required and must be a string.";
            return null;
        }

        string? operationName = null;
        if (element.TryGetProperty("operationName", out var name) && name.ValueKind != JsonValueKind.Null)
        {
            if (name.ValueKind != JsonValueKind.String)
            {
                problem = "`operationName` must be a string or null.";
                return null;
            }

            operationName = name.GetString();
        }

        if (!TryGetObject(element, "variables", out var variables) || !TryGetObject(element, "extensions", out var extensions))
        {
            problem = "`variables` and `extensions` must be objects or null.";
            return null;
        }

        return new GraphQLRequest(query.GetString()!, operationName, variables, extensions);
    }

    private static bool TryGetObject(JsonElement element, string property, out JsonElement? value)
    {
        value = null;
        if (!element.TryGetProperty(property, out var found) || found.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (found.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        value = found.Clone();
        return true;
    }

    private static bool TryParseJsonObject(Microsoft.Extensions.Primitives.StringValues text, out JsonElement? value)
    {
        value = null;
        if (text.Count == 0 || string.IsNullOrEmpty(text[0]))
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(text[0]!);
            if (document.RootElement.ValueKind == JsonValueKind.Null)
            {
                return true;
            }

            value = document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
            return value is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

/// <summary>The requests read from HTTP, or the status, code and reason they could not be read.</summary>
internal sealed record HttpReadResult(IReadOnlyList<GraphQLRequest> Requests, bool IsBatch, int FailureStatus, string? Problem, string ProblemCode = HttpReadResult.BadRequest)
{
    public const string BadRequest = "BAD_REQUEST";

    public static HttpReadResult Fail(int status, string problem, string code = BadRequest) => new([], false, status, problem, code);
}
