using Ent.Host.Access;
using System.Security.Claims;
using Ent.Host.Identity.Accounts;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Ent.Host.Identity.Server;

/// <summary>
/// What the embedded provider puts in its tokens. Access tokens carry <c>sub</c> (the person's id),
/// <c>ent_tenant</c> and the scopes, nothing personal; identity tokens add the name with the <c>profile</c> scope.
/// </summary>
internal static class ProviderPrincipal
{
    public static ClaimsPrincipal Create(AccountHolder holder, IEnumerable<string> scopes, string audience)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, holder.PersonId.ToString())
            .SetClaim(ViewerClaims.Tenant, holder.TenantId)
            .SetClaim(Claims.Name, holder.DisplayName)
            .SetClaim(Claims.PreferredUsername, holder.Login);
        identity.SetScopes(scopes);
        identity.SetResources(audience);
        identity.SetDestinations(DestinationsOf);
        return new ClaimsPrincipal(identity);
    }

    private static IEnumerable<string> DestinationsOf(Claim claim) => claim.Type switch
    {
        Claims.Subject or ViewerClaims.Tenant => [Destinations.AccessToken, Destinations.IdentityToken],
        Claims.Name or Claims.PreferredUsername when claim.Subject?.HasScope(Scopes.Profile) == true => [Destinations.IdentityToken],
        _ => [],
    };
}
