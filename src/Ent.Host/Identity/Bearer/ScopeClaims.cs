using Ent.Host.Access;
using System.Security.Claims;

namespace Ent.Host.Identity.Bearer;

/// <summary>Turns the scopes a token carries (space-separated <c>scope</c>, or <c>scp</c>) into one <c>scope</c> claim each.</summary>
internal static class ScopeClaims
{
    public static IReadOnlyList<string> Read(ClaimsPrincipal principal) =>
        [.. principal.Claims
            .Where(claim => claim.Type is ViewerClaims.Scope or "scp")
            .SelectMany(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal)];

    public static IEnumerable<Claim> Write(IEnumerable<string> scopes) =>
        scopes.Distinct(StringComparer.Ordinal).Select(scope => new Claim(ViewerClaims.Scope, scope));
}
