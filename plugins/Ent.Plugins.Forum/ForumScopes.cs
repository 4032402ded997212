namespace Ent.Plugins.Forum;

/// <summary>The OAuth scopes of the forum's fields.</summary>
internal static class ForumScopes
{
    /// <summary>Reads categories, subjects, messages, unread counts and search results.</summary>
    public const string Read = "forum:read";

    /// <summary>Posts, edits, moderates, follows, marks read and manages categories.</summary>
    public const string Write = "forum:write";
}
