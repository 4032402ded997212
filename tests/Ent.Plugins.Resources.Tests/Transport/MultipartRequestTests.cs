using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Ent.Plugins.Resources.Tests.Infrastructure;
using Xunit;

namespace Ent.Plugins.Resources.Tests.Transport;

/// <summary>
/// The host's reading of the GraphQL multipart request specification on <c>/graphql</c>: order of parts, map,
/// limits, CSRF protection, interrupted bodies, and an independent client (curl).
/// </summary>
public sealed class MultipartRequestTests(SqliteResourcesHost fixture) : IClassFixture<SqliteResourcesHost>
{
    private const string Query = "mutation($input: UploadResourceInput!) { uploadResource(input: $input) { resource { id } errors { code } } }";

    private ResourcesHost Host => fixture.Host;

    [Fact]
    public async Task A_multipart_request_without_the_preflight_header_is_refused_as_a_possible_forgery()
    {
        using var client = Host.CreateClient(DemoPeople.MathsBlois);
        using var response = await client.SendMultipartAsync(Query, Operations.UploadInput("Sans en-tête"), [Operations.File("a.txt", [1, 2, 3])], preflight: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("PREFLIGHT_REQUIRED", await CodeAsync(response));
    }

    [Theory]
    [InlineData("""{"0": ["variables.input.title"]}""")]
    [InlineData("""{"0": ["variables.input.missing"]}""")]
    [InlineData("""{"0": ["input.file"]}""")]
    [InlineData("""{"0": []}""")]
    [InlineData("""["variables.input.file"]""")]
    [InlineData("""{"1": ["variables.input.file"]}""")]
    [InlineData("not json")]
    public async Task A_map_that_does_not_lead_to_a_null_variable_is_a_bad_request(string map)
    {
        using var client = Host.CreateClient(DemoPeople.MathsBlois);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(new JsonObject { ["query"] = Query, ["variables"] = Operations.UploadInput("Carte") }.ToJsonString()), "operations" },
            { new StringContent(map), "map" },
            { new ByteArrayContent([1, 2, 3]), "0", "a.txt" },
        };
        using var response = await SendAsync(client, content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_MULTIPART_REQUEST", await CodeAsync(response));
    }

    [Fact]
    public async Task Parts_out_of_order_or_missing_files_are_bad_requests()
    {
        using var client = Host.CreateClient(DemoPeople.MathsBlois);
        using var mapFirst = new MultipartFormDataContent
        {
            { new StringContent("""{"0": ["variables.input.file"]}"""), "map" },
            { new StringContent(new JsonObject { ["query"] = Query, ["variables"] = Operations.UploadInput("Ordre") }.ToJsonString()), "operations" },
        };
        using (var response = await SendAsync(client, mapFirst))
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        using var missing = new MultipartFormDataContent
        {
            { new StringContent(new JsonObject { ["query"] = Query, ["variables"] = Operations.UploadInput("Manquant") }.ToJsonString()), "operations" },
            { new StringContent("""{"0": ["variables.input.file"]}"""), "map" },
        };
        using (var response = await SendAsync(client, missing))
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("INVALID_MULTIPART_REQUEST", await CodeAsync(response));
        }
    }

    [Fact]
    public async Task A_file_over_the_host_limit_or_too_many_files_answer_413_and_leave_nothing_behind()
    {
        using var client = Host.CreateClient(DemoPeople.MathsBlois);
        using (var response = await client.SendMultipartAsync(Query, Operations.UploadInput("Énorme"), [Operations.File("big.bin", Operations.RandomBytes((int)ResourcesHostFixture.HostMaxUploadBytes + 1))]))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Equal("FILE_TOO_LARGE", await CodeAsync(response));
        }

        var variables = new JsonObject { ["input"] = new JsonObject { ["file"] = null, ["title"] = "Quatre", ["tags"] = new JsonArray(null, null, null, null) } };
        var files = Enumerable.Range(0, 4).Select(i => new FilePart($"variables.input.tags.{i}", $"{i}.txt", [1])).ToList();
        using (var response = await client.SendMultipartAsync(Query, variables, files))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Equal("TOO_MANY_FILES", await CodeAsync(response));
        }

        await WaitForEmptySpoolAsync();
    }

    [Fact]
    public async Task An_upload_cut_off_midway_leaves_no_file_no_resource_and_the_quota_unchanged()
    {
        using var client = Host.CreateClient(DemoPeople.MathsBlois);
        var usage = await UsageAsync(client);
        var stored = Host.StoredFiles().Count;
        await using var before = Host.OpenStore();
        var resources = before.Resources.Count();

        const string boundary = "cut-off-boundary";
        var operations = new JsonObject { ["query"] = Query, ["variables"] = Operations.UploadInput("Coupé") }.ToJsonString();
        var head = new StringBuilder()
            .Append($"--{boundary}\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n{operations}\r\n")
            .Append($"--{boundary}\r\nContent-Disposition: form-data; name=\"map\"\r\n\r\n{{\"0\": [\"variables.input.file\"]}}\r\n")
            .Append($"--{boundary}\r\nContent-Disposition: form-data; name=\"0\"; filename=\"cut.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .ToString();
        var body = Encoding.UTF8.GetBytes(head);
        using (var socket = new TcpClient())
        {
            await socket.ConnectAsync(Host.BaseAddress.Host, Host.BaseAddress.Port);
            var stream = socket.GetStream();
            var request = $"POST /graphql HTTP/1.1\r\nHost: {Host.BaseAddress.Authority}\r\nAuthorization: {TestAuthentication.Header(DemoPeople.MathsBlois)}\r\n"
                + $"GraphQL-Preflight: 1\r\nContent-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: {body.Length + 30_000}\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
            await stream.WriteAsync(body);
            await stream.WriteAsync(Operations.RandomBytes(12_000));
            await stream.FlushAsync();
            await Task.Delay(300);
            socket.Client.LingerState = new LingerOption(true, 0);
        }

        await WaitForEmptySpoolAsync();
        Assert.Equal(usage, await UsageAsync(client));
        Assert.Equal(stored, Host.StoredFiles().Count);
        await using var after = Host.OpenStore();
        Assert.Equal(resources, after.Resources.Count());
    }

    [Fact]
    public async Task Curl_uploads_through_the_multipart_specification()
    {
        var file = Path.Combine(Host.DataDirectory, "curl-upload.txt");
        await File.WriteAllTextAsync(file, "Bonjour depuis curl\n");
        var operations = new JsonObject { ["query"] = "mutation($input: UploadResourceInput!) { uploadResource(input: $input) { resource { latestVersion { fileName size } } errors { code } } }", ["variables"] = Operations.UploadInput("Curl") }.ToJsonString();
        var start = new ProcessStartInfo("curl")
        {
            ArgumentList =
            {
                "-s", "-S", $"{Host.BaseAddress}graphql",
                "-H", $"Authorization: {TestAuthentication.Header(DemoPeople.MathsBlois)}",
                "-H", "GraphQL-Preflight: 1",
                "-F", $"operations={operations}",
                "-F", "map={\"0\": [\"variables.input.file\"]}",
                "-F", $"0=@{file};type=text/plain",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return; // curl is not installed here; the other tests cover the transport.
        }

        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var version = (JsonNode.Parse(output) as JsonObject)!.Payload("uploadResource")["resource"]!["latestVersion"]!;
        Assert.Equal("curl-upload.txt", version["fileName"]!.GetValue<string>());
        Assert.Equal(20, version["size"]!.GetValue<long>());
    }

    [Fact]
    public async Task Json_requests_are_served_as_before()
    {
        using var client = Host.CreateClient(DemoPeople.MathsBlois);
        var result = await client.PostAsync("{ me { displayName resourceFolders { name } } }");
        Assert.Null(result["errors"]);
        Assert.Contains(result["data"]!["me"]!["resourceFolders"]!.AsArray(), folder => folder!["name"]!.GetValue<string>() == "Cours de 4e");
    }

    private async Task WaitForEmptySpoolAsync()
    {
        for (var i = 0; i < 50 && Host.StoredFiles(Path.Combine("tmp", "uploads")).Count > 0; i++)
        {
            await Task.Delay(100);
        }

        Assert.Empty(Host.StoredFiles(Path.Combine("tmp", "uploads")));
        Assert.Empty(Host.StoredFiles(Path.Combine("files", ".incoming")));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, MultipartFormDataContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Add("GraphQL-Preflight", "1");
        return await client.SendAsync(request);
    }

    private static async Task<string> CodeAsync(HttpResponseMessage response) =>
        (await GraphQLClient.ReadAsync(response))["errors"]![0]!["extensions"]!["code"]!.GetValue<string>();

    private static async Task<long> UsageAsync(HttpClient client) =>
        (await client.PostAsync(Operations.Usage))["data"]!["me"]!["resourceUsage"]!["usedBytes"]!.GetValue<long>();
}
