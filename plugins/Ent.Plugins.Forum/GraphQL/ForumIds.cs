using Ent.GraphQL;

namespace Ent.Plugins.Forum.GraphQL;

/// <summary>Reads the global IDs of mutation inputs.</summary>
internal static class ForumIds
{
    /// <summary>
    /// Gives the key of an ID naming an object of the expected type, or <see cref="Guid.Empty"/>, which
    /// names nothing, so that a malformed or misdirected ID gets the same "not found" user error as an
    /// object the viewer may not see.
    /// </summary>
    /// <param name="id">The ID a client sent.</param>
    /// <param name="typeName">The GraphQL type it must name.</param>
    /// <returns>The key.</returns>
    public static Guid KeyOf(string? id, string typeName) =>
        GlobalId.TryDecode(id, out var type, out var key) && type == typeName ? key : Guid.Empty;

    /// <summary>Like <see cref="KeyOf"/>, for an optional ID.</summary>
    /// <param name="id">The ID a client sent, or <see langword="null"/>.</param>
    /// <param name="typeName">The GraphQL type it must name.</param>
    /// <returns>The key, or <see langword="null"/> when no ID was sent.</returns>
    public static Guid? OptionalKeyOf(string? id, string typeName) => id is null ? null : KeyOf(id, typeName);
}
