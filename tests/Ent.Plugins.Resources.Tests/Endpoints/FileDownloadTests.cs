using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Ent.Plugins.Resources.Tests.Infrastructure;
using Xunit;

namespace Ent.Plugins.Resources.Tests.Endpoints;

/// <summary>Upload through the GraphQL multipart request specification, download through the file route, over real HTTP.</summary>
public abstract class FileDownloadTests(ResourcesHostFixture fixture)
{
    private ResourcesHost Host => fixture.Host;

    [SkippableFact]
    public async Task An_upload_downloads_back_byte_for_byte_with_its_type_name_and_ranges()
    {
        var content = Operations.RandomBytes(20_000);
        using var teacher = Host.CreateClient(DemoPeople.MathsBlois);
        var version = (await teacher.UploadAsync(Operations.Upload, Operations.UploadInput("Fiche : fractions"), Operations.File("Fiche fractions – 4e.pdf", content, "application/pdf")))
            .Payload("uploadResource")["resource"]!["latestVersion"]!;
        Assert.Equal(content.Length, version["size"]!.GetValue<long>());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), version["sha256"]!.GetValue<string>());

        using var response = await teacher.GetAsync(PathOf(version));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(content, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Fiche fractions – 4e.pdf", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal("bytes", response.Headers.AcceptRanges.Single());

        using var range = new HttpRequestMessage(HttpMethod.Get, PathOf(version));
        range.Headers.Range = new RangeHeaderValue(1000, 1999);
        using var partial = await teacher.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(content[1000..2000], await partial.Content.ReadAsByteArrayAsync());
        Assert.Equal(1000, partial.Content.Headers.ContentRange!.From);
    }

    [SkippableFact]
    public async Task A_download_is_refused_to_whoever_the_resource_is_not_shared_with()
    {
        var pupils4B = await DemoPeople.PupilsOfAsync(Host, DemoIds.Rondeau, "4EB");
        var pupils5B = await DemoPeople.PupilsOfAsync(Host, DemoIds.Rondeau, "5EB");
        var content = Operations.RandomBytes(3000);
        using var teacher = Host.CreateClient(DemoPeople.MathsBlois);
        var resource = (await teacher.UploadAsync(Operations.Upload, Operations.UploadInput("Corrigé du contrôle"), Operations.File("corrige.txt", content, "text/plain")))
            .Payload("uploadResource")["resource"]!;
        var path = PathOf(resource["latestVersion"]!);

        using var pupilOf4B = Host.CreateClient(pupils4B[0]);
        using var pupilOf5B = Host.CreateClient(pupils5B[0]);
        using var otherSchool = Host.CreateClient(DemoPeople.MathsVendome);
        using var anonymous = Host.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await pupilOf4B.GetAsync(path)).StatusCode);

        (await teacher.PostAsync(Operations.Share, new { input = new { resourceId = resource["id"]!.GetValue<string>(), targetId = DemoIds.ClassId(DemoIds.Rondeau, "4EB"), right = "READ" } }))
            .Payload("shareResource");

        Assert.Equal(content, await pupilOf4B.GetByteArrayAsync(path));
        Assert.Equal(HttpStatusCode.NotFound, (await pupilOf5B.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSchool.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync("/resources/files/not-an-id")).StatusCode);
        using var withoutScope = Host.CreateClient(pupils4B[0], scopes: "openid");
        Assert.Equal(HttpStatusCode.Forbidden, (await withoutScope.GetAsync(path)).StatusCode);
    }

    [SkippableFact]
    public async Task A_signed_link_downloads_without_a_token_and_only_for_its_own_file()
    {
        var content = Operations.RandomBytes(2000);
        using var teacher = Host.CreateClient(DemoPeople.FrenchBlois);
        var first = (await teacher.UploadAsync(Operations.Upload, Operations.UploadInput("Dictée"), Operations.File("dictee.txt", content, "text/plain")))
            .Payload("uploadResource")["resource"]!["latestVersion"]!;
        var second = (await teacher.UploadAsync(Operations.Upload, Operations.UploadInput("Dictée 2"), Operations.File("dictee2.txt", content, "text/plain")))
            .Payload("uploadResource")["resource"]!["latestVersion"]!;
        var link = first["downloadUrl"]!.GetValue<string>();

        using var anonymous = Host.CreateClient();
        using var response = await anonymous.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(content, await response.Content.ReadAsByteArrayAsync());

        var token = link[link.IndexOf("?link=", StringComparison.Ordinal)..];
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(PathOf(second) + token)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(link[..^2] + "xx")).StatusCode);
    }

    private static string PathOf(JsonNode version) => $"/resources/files/{version["id"]!.GetValue<string>()}";
}

public sealed class FileDownloadTestsOnSqlite(SqliteResourcesHost fixture) : FileDownloadTests(fixture), IClassFixture<SqliteResourcesHost>;

public sealed class FileDownloadTestsOnPostgreSql(PostgreSqlResourcesHost fixture) : FileDownloadTests(fixture), IClassFixture<PostgreSqlResourcesHost>;
