using System.Text.Json.Nodes;
using Ent.GraphQL;
using Ent.Testing;

namespace Ent.Plugins.Forum.Tests.Infrastructure;

/// <summary>The forum operations tests arrange their cases with, through the API.</summary>
internal static class ForumActions
{
    public static string ClassGlobalId(Guid classId) => GlobalId.Encode("Class", classId);

    public static string SchoolGlobalId(Guid schoolId) => GlobalId.Encode("School", schoolId);

    public static string PersonGlobalId(Guid personId) => GlobalId.Encode("Person", personId);

    /// <summary>Creates a category for a class, with a name no other test uses.</summary>
    public static async Task<string> CreateClassCategoryAsync(this HttpClient client, Guid classId, bool requiresApproval = false)
    {
        var payload = await client.MutateOkAsync("createForumCategory",
            new { classId = ClassGlobalId(classId), name = $"Test {Guid.NewGuid():N}", requiresApproval },
            "category { id }");
        return payload["category"]!["id"]!.GetValue<string>();
    }

    /// <summary>Opens a subject and returns it with its first message.</summary>
    public static async Task<(string Subject, string Message)> CreateSubjectAsync(this HttpClient client, string categoryId, string body = "Premier message", string title = "Un sujet")
    {
        var payload = await client.MutateOkAsync("createForumSubject", new { categoryId, title, body }, "subject { id } message { id }");
        return (payload["subject"]!["id"]!.GetValue<string>(), payload["message"]!["id"]!.GetValue<string>());
    }

    /// <summary>Posts a message and returns its payload's message.</summary>
    public static async Task<JsonObject> PostAsync(this HttpClient client, string subjectId, string body, string? quotedMessageId = null)
    {
        var payload = await client.MutateOkAsync("postForumMessage", new { subjectId, body, quotedMessageId }, "message { id status }");
        return payload["message"]!.AsObject();
    }

    /// <summary>Reads a node as the client sees it, or null.</summary>
    public static async Task<JsonNode?> NodeAsync(this HttpClient client, string id, string selection)
    {
        var result = await client.PostGraphQLAsync($"query($id: ID!) {{ node(id: $id) {{ {selection} }} }}", new { id });
        return result["data"]?["node"];
    }
}
