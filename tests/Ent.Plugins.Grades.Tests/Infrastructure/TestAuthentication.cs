using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ent.Plugins.Grades.Tests.Infrastructure;

/// <summary>
/// Signs requests in as the person and scopes named in test headers, with the claims the host reads from a
/// real access token (<c>sub</c>, <c>ent_tenant</c>, <c>scope</c>).
/// </summary>
public sealed class TestAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string PersonHeader = "X-Test-Person";
    public const string ScopesHeader = "X-Test-Scopes";
    public const string TenantHeader = "X-Test-Tenant";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(PersonHeader, out var person))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var claims = new List<Claim>
        {
            new("sub", person.ToString()),
            new("ent_tenant", Request.Headers.TryGetValue(TenantHeader, out var tenant) ? tenant.ToString() : GradesTestHost.Tenant),
            new("scope", Request.Headers[ScopesHeader].ToString()),
        };
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
