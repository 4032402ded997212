using Ent.Files;
using Ent.GraphQL;
using Ent.Plugins.Resources.Access;
using Ent.Plugins.Resources.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace Ent.Plugins.Resources.Endpoints;

/// <summary>
/// <c>GET /resources/files/{version ID}</c>: serves a version's file to a viewer who may read its resource, with
/// a bearer token or a signed link from <c>ResourceVersion.downloadUrl</c>. Access is checked on every request;
/// a version the viewer may not read answers 404, as a missing one does. Range requests are served, the media
/// type is the one found from the file name at upload, and the file name comes back in Content-Disposition.
/// </summary>
internal static class FileDownloadEndpoint
{
    private const string VersionTypeName = "ResourceVersion";

    // Types a browser may show in place; anything else downloads. Never HTML, SVG or scripts.
    private static readonly HashSet<string> InlineTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp", "text/plain", "audio/mpeg", "audio/ogg", "video/mp4", "video/webm",
    };

    public static string PathOf(Guid versionId) => $"/resources/files/{GlobalId.Encode(VersionTypeName, versionId)}";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods("/files/{id}", [HttpMethods.Get, HttpMethods.Head], HandleAsync);

    private static async Task<IResult> HandleAsync(string id, HttpContext httpContext)
    {
        var services = httpContext.RequestServices;
        var access = services.GetRequiredService<ResourceAccess>();
        var cancellationToken = httpContext.RequestAborted;
        if (!access.Viewer.IsAuthenticated)
        {
            httpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return Problem(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, "Sign in, or use a download link, to download a file.");
        }

        if (!access.Viewer.Scopes.Contains(ResourcesScopes.Read))
        {
            return Problem(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, $"The access token does not grant the scope '{ResourcesScopes.Read}'.");
        }

        if (!GlobalId.TryDecode(id, out var typeName, out var versionId) || typeName != VersionTypeName)
        {
            return NotFound();
        }

        await using var db = await services.GetRequiredService<IDbContextFactory<ResourcesDbContext>>().CreateDbContextAsync(cancellationToken);
        var readable = access.Readable(db).Select(r => r.Id);
        var version = await db.Versions.AsNoTracking()
            .Where(v => v.Id == versionId && readable.Contains(v.ResourceId))
            .Select(v => new { v.StorageKey, v.FileName, v.ContentType, v.Sha256, v.UploadedAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        var content = await services.GetRequiredService<IFileStorage>().OpenReadAsync(version.StorageKey, cancellationToken);
        if (content is null)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FileDownloadEndpoint))
                .LogError("The stored file {Key} of version {VersionId} is missing.", version.StorageKey, versionId);
            return NotFound();
        }

        var headers = httpContext.Response.Headers;
        var disposition = new ContentDispositionHeaderValue(InlineTypes.Contains(version.ContentType) ? "inline" : "attachment");
        disposition.SetHttpFileName(version.FileName);
        headers.ContentDisposition = disposition.ToString();
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        headers.CacheControl = "private, no-cache";
        return Results.Stream(
            content,
            version.ContentType,
            lastModified: version.UploadedAt,
            entityTag: new EntityTagHeaderValue($"\"{version.Sha256}\""),
            enableRangeProcessing: content.CanSeek);
    }

    private static IResult NotFound() => Problem(StatusCodes.Status404NotFound, ErrorCodes.NotFound, "File not found.");

    private static IResult Problem(int status, string code, string detail) =>
        Results.Problem(detail, statusCode: status, extensions: new Dictionary<string, object?> { ["code"] = code });
}
