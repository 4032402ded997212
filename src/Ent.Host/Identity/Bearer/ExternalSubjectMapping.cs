using Ent.Host.Access;
using System.Security.Claims;
using Ent.Host.Identity.Accounts;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace Ent.Host.Identity.Bearer;

/// <summary>
/// Replaces the external provider's identity by the directory person its subject is linked to (the
/// external-login table), so that the rest of the host sees the same claims as in the embedded mode. A subject
/// linked to no active person makes the token invalid.
/// </summary>
internal static class ExternalSubjectMapping
{
    public static async Task OnTokenValidatedAsync(TokenValidatedContext context)
    {
        var services = context.HttpContext.RequestServices;
        var external = services.GetRequiredService<IOptions<EntAuthenticationOptions>>().Value.External;
        var subject = context.Principal?.FindFirst(external.SubjectClaim)?.Value;
        if (context.Principal is null || string.IsNullOrEmpty(subject))
        {
            context.Fail($"The access token has no '{external.SubjectClaim}' claim.");
            return;
        }

        var holder = await services.GetRequiredService<ExternalLoginService>()
            .FindPersonAsync(external.Provider, subject, context.HttpContext.RequestAborted);
        if (holder is null)
        {
            context.Fail("The access token's subject is linked to no active person of the directory.");
            return;
        }

        var identity = new ClaimsIdentity(JwtBearerDefaults.AuthenticationScheme, ViewerClaims.Subject, "role");
        identity.AddClaim(new Claim(ViewerClaims.Subject, holder.PersonId.ToString()));
        identity.AddClaim(new Claim(ViewerClaims.Tenant, holder.TenantId));
        identity.AddClaims(ScopeClaims.Write(ScopeClaims.Read(context.Principal).Concat(external.GrantedScopes)));
        context.Principal = new ClaimsPrincipal(identity);
    }
}
