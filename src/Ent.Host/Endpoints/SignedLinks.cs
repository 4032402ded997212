using Ent.Endpoints;
using Ent.Host.Access;

namespace Ent.Host.Endpoints;

/// <summary>Issues signed links for the current viewer (see <see cref="ISignedLinks"/>).</summary>
internal sealed class SignedLinks(ViewerAccessor viewerAccessor, LinkSignature signature, TimeProvider time) : ISignedLinks
{
    private static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(1);

    public string Create(string path, TimeSpan lifetime)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (path[0] != '/' || path.Contains('?', StringComparison.Ordinal) || path.Contains('#', StringComparison.Ordinal))
        {
            throw new ArgumentException("The path must be absolute, without a query string.", nameof(path));
        }

        if (lifetime <= TimeSpan.Zero || lifetime > MaxLifetime)
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), lifetime, "A link lives for more than zero and at most one day.");
        }

        var viewer = viewerAccessor.Viewer;
        if (viewer.PersonId is not { } personId)
        {
            throw new InvalidOperationException("Only a signed-in viewer can have signed links.");
        }

        var token = signature.CreateToken(path, viewer.TenantId, personId, viewer.Scopes, time.GetUtcNow() + lifetime);
        return $"{path}?{ISignedLinks.QueryParameter}={token}";
    }
}
