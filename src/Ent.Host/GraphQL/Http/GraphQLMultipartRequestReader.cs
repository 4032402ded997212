using System.Security.Cryptography;
using System.Text.Json;
using Ent.GraphQL;
using Ent.Host.Data;
using Ent.Host.Files;
using Ent.Host.GraphQL.Execution;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Ent.Host.GraphQL.Http;

/// <summary>
/// Reads a POST to <c>/graphql</c> sent as <c>multipart/form-data</c> under the GraphQL multipart request
/// specification (https://github.com/jaydenseric/graphql-multipart-request-spec): an <c>operations</c> part
/// (the JSON request or batch, with <c>null</c> where files go), a <c>map</c> part (which file part goes to which
/// variable paths), then the file parts, in that order.
/// </summary>
/// <remarks>
/// The body is read one part at a time. Each file is spooled to the data directory's <c>tmp/uploads</c>
/// folder, counting bytes as they arrive: past <see cref="FilesOptions.MaxUploadBytes"/> reading stops and the
/// request is refused with 413. The spooled files are removed when the request ends, however it ends.
/// Because <c>multipart/form-data</c> is a content type browsers send cross-site without a preflight, a
/// multipart request must carry a <c>GraphQL-Preflight</c> (or <c>Apollo-Require-Preflight</c>) header, which a
/// cross-site page cannot add without the CORS preflight this host never grants: this stops cross-site
/// request forgery through upload forms.
/// </remarks>
internal sealed class GraphQLMultipartRequestReader(IOptions<FilesOptions> files, IOptions<DataOptions> data, ILogger<GraphQLMultipartRequestReader> logger)
{
    /// <summary>The header a multipart request must carry, with any non-empty value, such as <c>1</c>.</summary>
    public const string PreflightHeader = "GraphQL-Preflight";

    /// <summary>The header Apollo Client's upload link sends for the same purpose, accepted as well.</summary>
    public const string ApolloPreflightHeader = "Apollo-Require-Preflight";

    public const string PreflightRequiredCode = "PREFLIGHT_REQUIRED";
    public const string FileTooLargeCode = "FILE_TOO_LARGE";
    public const string TooManyFilesCode = "TOO_MANY_FILES";
    public const string RequestTooLargeCode = "REQUEST_TOO_LARGE";
    public const string InvalidMultipartCode = "INVALID_MULTIPART_REQUEST";

    private const int MaxJsonPartBytes = 1024 * 1024;
    private const int BufferSize = 81920;

    public static bool IsMultipart(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the request; the spooled files are removed when the response completes.</summary>
    public async Task<HttpReadResult> ReadAsync(HttpContext httpContext, int maxBatchSize)
    {
        var request = httpContext.Request;
        if (string.IsNullOrWhiteSpace(request.Headers[PreflightHeader]) && string.IsNullOrWhiteSpace(request.Headers[ApolloPreflightHeader]))
        {
            return HttpReadResult.Fail(StatusCodes.Status400BadRequest,
                $"A multipart request must carry the header `{PreflightHeader}: 1`, which protects against cross-site request forgery.",
                PreflightRequiredCode);
        }

        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value;
        if (string.IsNullOrEmpty(boundary) || boundary.Length > 200)
        {
            return Malformed("The multipart content type has no valid boundary.");
        }

        var limits = files.Value;
        var maxBody = (limits.MaxUploadBytes + 64 * 1024) * limits.MaxUploadFiles + (2 * MaxJsonPartBytes);
        if (request.ContentLength > maxBody)
        {
            return HttpReadResult.Fail(StatusCodes.Status413PayloadTooLarge,
                $"The request body exceeds {maxBody} bytes: at most {limits.MaxUploadFiles} files of {limits.MaxUploadBytes} bytes each.", RequestTooLargeCode);
        }

        if (httpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = maxBody;
        }

        var uploads = new UploadSpool(FilesOptions.SpoolDirectory(data.Value), logger);
        httpContext.Response.RegisterForDisposeAsync(uploads);
        try
        {
            return await ReadPartsAsync(new MultipartReader(boundary, request.Body), uploads, maxBatchSize, limits, httpContext.RequestAborted);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or BadHttpRequestException or OperationCanceledException)
        {
            // A body cut short (the client went away) or larger than Kestrel allows; nothing of it is kept.
            await uploads.DisposeAsync();
            return exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                ? HttpReadResult.Fail(StatusCodes.Status413PayloadTooLarge, $"The request body exceeds {maxBody} bytes.", RequestTooLargeCode)
                : Malformed("The multipart body is incomplete or malformed.");
        }
    }

    private static async Task<HttpReadResult> ReadPartsAsync(MultipartReader reader, UploadSpool uploads, int maxBatchSize, FilesOptions limits, CancellationToken cancellationToken)
    {
        using var operations = await ReadJsonPartAsync(reader, "operations", cancellationToken);
        if (operations is null)
        {
            return Malformed("The first part must be the `operations` field, a JSON object or array of GraphQL requests.");
        }

        var read = GraphQLHttpRequestReader.FromJson(operations.RootElement, maxBatchSize);
        if (read.Problem is not null)
        {
            return read;
        }

        using var mapDocument = await ReadJsonPartAsync(reader, "map", cancellationToken);
        if (mapDocument is null || mapDocument.RootElement.ValueKind != JsonValueKind.Object)
        {
            return Malformed("The second part must be the `map` field, a JSON object from file part names to arrays of variable paths.");
        }

        var map = new Dictionary<string, List<VariablePath>>(StringComparer.Ordinal);
        foreach (var entry in mapDocument.RootElement.EnumerateObject())
        {
            if (map.Count == limits.MaxUploadFiles)
            {
                return HttpReadResult.Fail(StatusCodes.Status413PayloadTooLarge, $"A request carries at most {limits.MaxUploadFiles} files.", TooManyFilesCode);
            }

            if (entry.Name.Length == 0 || entry.Value.ValueKind != JsonValueKind.Array || entry.Value.GetArrayLength() == 0)
            {
                return Malformed($"The map entry '{entry.Name}' must be a non-empty array of variable paths.");
            }

            var paths = new List<VariablePath>();
            foreach (var path in entry.Value.EnumerateArray())
            {
                if (path.ValueKind != JsonValueKind.String || VariablePath.Parse(path.GetString()!, read.IsBatch, operations.RootElement) is not { } parsed)
                {
                    return Malformed($"The map entry '{entry.Name}' names '{path}', which is not the path of a null variable in `operations`.");
                }

                paths.Add(parsed);
            }

            map.Add(entry.Name, paths);
        }

        var received = new Dictionary<string, Upload>(StringComparer.Ordinal);
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || HeaderUtilities.RemoveQuotes(disposition.Name).Value is not { Length: > 0 } name)
            {
                return Malformed("Every part must have a form-data content disposition with a name.");
            }

            if (!map.ContainsKey(name) || received.ContainsKey(name))
            {
                return Malformed($"The file part '{name}' is not in the map, or comes twice.");
            }

            var fileName = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
            var spooled = await uploads.SpoolAsync(section.Body, fileName, section.ContentType, limits.MaxUploadBytes, cancellationToken);
            if (spooled is null)
            {
                return HttpReadResult.Fail(StatusCodes.Status413PayloadTooLarge,
                    $"The file '{name}' is larger than the {limits.MaxUploadBytes} bytes a file may have.", FileTooLargeCode);
            }

            received.Add(name, spooled);
        }

        if (map.Keys.FirstOrDefault(name => !received.ContainsKey(name)) is { } missing)
        {
            return Malformed($"The file part '{missing}' named in the map is missing from the request.");
        }

        var requests = read.Requests.Select((operation, index) => operation with
        {
            Uploads = [.. map.SelectMany(entry => entry.Value.Where(path => path.Operation == index).Select(path => new UploadVariable(path.Segments, received[entry.Key])))],
        }).ToList();
        return read with { Requests = requests };
    }

    private static async Task<JsonDocument?> ReadJsonPartAsync(MultipartReader reader, string expectedName, CancellationToken cancellationToken)
    {
        var section = await reader.ReadNextSectionAsync(cancellationToken);
        if (section is null
            || !ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
            || HeaderUtilities.RemoveQuotes(disposition.Name).Value != expectedName)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[BufferSize];
        int read;
        while ((read = await section.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxJsonPartBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            return JsonDocument.Parse(buffer.ToArray());
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static HttpReadResult Malformed(string problem) =>
        HttpReadResult.Fail(StatusCodes.Status400BadRequest, problem, InvalidMultipartCode);

    /// <summary>
    /// A path of the map, such as <c>variables.files.1</c> or, in a batch, <c>0.variables.file</c>: it must lead to
    /// a <c>null</c> in the operation's variables.
    /// </summary>
    private sealed record VariablePath(int Operation, IReadOnlyList<string> Segments)
    {
        public static VariablePath? Parse(string path, bool isBatch, JsonElement operations)
        {
            var segments = path.Split('.');
            var operation = 0;
            var start = 0;
            if (isBatch)
            {
                if (!int.TryParse(segments[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out operation)
                    || operation >= operations.GetArrayLength())
                {
                    return null;
                }

                start = 1;
            }

            if (segments.Length < start + 2 || segments[start] != "variables")
            {
                return null;
            }

            var node = isBatch ? operations[operation] : operations;
            for (var i = start; i < segments.Length; i++)
            {
                if (node.ValueKind == JsonValueKind.Object && node.TryGetProperty(segments[i], out var child))
                {
                    node = child;
                }
                else if (node.ValueKind == JsonValueKind.Array
                    && int.TryParse(segments[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                    && index < node.GetArrayLength())
                {
                    node = node[index];
                }
                else
                {
                    return null;
                }
            }

            return node.ValueKind == JsonValueKind.Null ? new VariablePath(operation, segments[(start + 1)..]) : null;
        }
    }

    /// <summary>The files of one request, spooled under the data directory and removed with the request.</summary>
    private sealed class UploadSpool(string directory, ILogger logger) : IAsyncDisposable
    {
        private readonly List<string> _paths = [];

        public async Task<Upload?> SpoolAsync(Stream body, string? fileName, string? contentType, long maxBytes, CancellationToken cancellationToken)
        {
            System.IO.Directory.CreateDirectory(directory);
            var path = Path.Combine(directory, RandomNumberGenerator.GetHexString(32, lowercase: true) + ".upload");
            _paths.Add(path);
            long length = 0;
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                var buffer = new byte[BufferSize];
                int read;
                while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    length += read;
                    if (length > maxBytes)
                    {
                        return null;
                    }

                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            return new SpooledUpload(path, CleanFileName(fileName), string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType, length);
        }

        public ValueTask DisposeAsync()
        {
            foreach (var path in _paths)
            {
                try
                {
                    File.Delete(path);
                }
                catch (IOException exception)
                {
                    logger.LogWarning(exception, "Could not remove the spooled upload {Path}.", path);
                }
            }

            _paths.Clear();
            return ValueTask.CompletedTask;
        }

        // The name is for display only; directories and control characters a client put in it are dropped.
        private static string CleanFileName(string? fileName)
        {
            var name = (fileName ?? string.Empty).Replace('\\', '/');
            name = new string(name[(name.LastIndexOf('/') + 1)..].Where(c => !char.IsControl(c)).ToArray()).Trim();
            return name.Length == 0 ? "file" : name.Length > 255 ? name[^255..] : name;
        }
    }

    private sealed class SpooledUpload(string path, string fileName, string contentType, long length) : Upload
    {
        public override string FileName => fileName;

        public override string ContentType => contentType;

        public override long Length => length;

        public override Stream OpenReadStream() =>
            new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
    }
}
