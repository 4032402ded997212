using System.Text.Json.Nodes;

namespace Ent.Plugins.Resources.Tests.Infrastructure;

/// <summary>The GraphQL documents the tests send, written once.</summary>
public static class Operations
{
    public const string Upload = """
        mutation Upload($input: UploadResourceInput!) {
          uploadResource(input: $input) {
            resource { id title latestVersion { id number size fileName contentType sha256 downloadUrl } }
            errors { code message field }
          }
        }
        """;

    public const string UploadVersion = """
        mutation UploadVersion($input: UploadResourceVersionInput!) {
          uploadResourceVersion(input: $input) {
            version { id number size comment }
            resource { id latestVersion { number } versions { number } }
            errors { code message field }
          }
        }
        """;

    public const string CreateLink = """
        mutation CreateLink($input: CreateLinkResourceInput!) {
          createLinkResource(input: $input) { resource { id url } errors { code message field } }
        }
        """;

    public const string Share = """
        mutation Share($input: ShareResourceInput!) {
          shareResource(input: $input) { share { right } resource { id } errors { code message field } }
        }
        """;

    public const string Delete = """
        mutation Delete($id: ID!) { deleteResource(input: { id: $id }) { resource { id trashedAt } errors { code message } } }
        """;

    public const string Restore = """
        mutation Restore($id: ID!) { restoreResource(input: { id: $id }) { resource { id trashedAt } errors { code message } } }
        """;

    public const string EmptyTrash = """
        mutation { emptyResourceTrash { deletedCount freedBytes errors { code message } } }
        """;

    public const string Usage = """
        query { me { resourceUsage { usedBytes quotaBytes remainingBytes } } }
        """;

    public const string ClassResources = """
        query ClassResources($id: ID!, $where: ResourceFilter) {
          node(id: $id) { ... on Class { resources(first: 100, where: $where) { totalCount nodes { id title tags isFollowed owner { displayName } latestVersion { number fileName } versions { number } } } } }
        }
        """;

    public static JsonObject UploadInput(string title, string[]? tags = null, string? schoolId = null) => new()
    {
        ["input"] = new JsonObject
        {
            ["file"] = null,
            ["title"] = title,
            ["tags"] = new JsonArray([.. (tags ?? []).Select(tag => (JsonNode)tag)]),
            ["schoolId"] = schoolId,
        },
    };

    public static FilePart File(string fileName, byte[] content, string contentType = "application/octet-stream") =>
        new("variables.input.file", fileName, content, contentType);

    public static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        bytes[0] = (byte)'%';
        return bytes;
    }
}
