namespace Ent.Endpoints;

/// <summary>
/// Issues short-lived links to a plugin's routes (<see cref="IEndpointContributor"/>) that act for the current
/// viewer without a bearer token, for clients that cannot send one, such as a browser following a download
/// link. Registered by the host, scoped to the request.
/// </summary>
/// <remarks>
/// A link is signed with HMAC-SHA256 under a key kept in the data directory. It is valid for one path, for GET
/// and HEAD, until it expires. The host rebuilds the viewer it names on every request, so a person who left the
/// directory in the meantime is anonymous, and handlers check access as for any request.
/// </remarks>
public interface ISignedLinks
{
    /// <summary>The query parameter that carries a link's signature.</summary>
    const string QueryParameter = "link";

    /// <summary>Creates a link to a path for the current, signed-in viewer.</summary>
    /// <param name="path">The absolute path, such as <c>/resources/files/…</c>, without a query string.</param>
    /// <param name="lifetime">How long the link stays valid; at most one day.</param>
    /// <returns>The path with the signature in its query string, relative to the host's address.</returns>
    /// <exception cref="InvalidOperationException">When the viewer is anonymous.</exception>
    /// <exception cref="ArgumentException">When the path is not absolute or has a query string, or the lifetime is out of range.</exception>
    string Create(string path, TimeSpan lifetime);
}
