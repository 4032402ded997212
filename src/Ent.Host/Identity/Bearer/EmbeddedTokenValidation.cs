using Ent.Host.Access;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Ent.Host.Identity.Bearer;

/// <summary>
/// Completes the validation of the embedded provider's access tokens: they must name a person and a tenant, and
/// their space-separated <c>scope</c> claim becomes one claim per scope.
/// </summary>
internal static class EmbeddedTokenValidation
{
    public static Task OnTokenValidatedAsync(TokenValidatedContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity
            || !Guid.TryParse(identity.FindFirst(ViewerClaims.Subject)?.Value, out _)
            || string.IsNullOrEmpty(identity.FindFirst(ViewerClaims.Tenant)?.Value))
        {
            context.Fail("The access token names no person of the directory.");
            return Task.CompletedTask;
        }

        var scopes = ScopeClaims.Read(context.Principal);
        foreach (var claim in identity.FindAll(claim => claim.Type is ViewerClaims.Scope or "scp").ToList())
        {
            identity.RemoveClaim(claim);
        }

        identity.AddClaims(ScopeClaims.Write(scopes));
        return Task.CompletedTask;
    }
}
