namespace Ent.Plugins.Resources;

/// <summary>The OAuth scopes of the resources fields and routes.</summary>
internal static class ResourcesScopes
{
    /// <summary>Lists, searches and downloads the resources shared with the person.</summary>
    public const string Read = "resources:read";

    /// <summary>Uploads, edits, shares and deletes resources.</summary>
    public const string Write = "resources:write";
}
