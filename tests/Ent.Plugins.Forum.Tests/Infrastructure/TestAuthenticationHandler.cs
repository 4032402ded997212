using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ent.Plugins.Forum.Tests.Infrastructure;

/// <summary>Signs a request in as the person named in a header, with the claims the host reads (<c>sub</c>, <c>ent_tenant</c>, <c>scope</c>).</summary>
internal sealed class TestAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string PersonHeader = "X-Test-Person";
    public const string ScopesHeader = "X-Test-Scopes";
    public const string Tenant = "loir-et-cher";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(PersonHeader, out var person))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        Claim[] claims =
        [
            new("sub", person.ToString()),
            new("ent_tenant", Tenant),
            new("scope", Request.Headers[ScopesHeader].ToString()),
        ];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
