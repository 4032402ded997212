using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ent.Plugins.Resources.Tests.Infrastructure;

/// <summary>
/// Signs requests in as a person without a token issuer: <c>Authorization: Test {person id} {scopes…}</c> gives the
/// claims a real access token would (<c>sub</c>, <c>ent_tenant</c>, <c>scope</c>).
/// </summary>
internal sealed class TestAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";

    public static string Header(Guid personId, string scopes = "resources:read resources:write") => $"{SchemeName} {personId} {scopes}";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(SchemeName + " ", StringComparison.Ordinal))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var parts = header[(SchemeName.Length + 1)..].Split(' ', 2);
        var identity = new ClaimsIdentity(
            [new Claim("sub", parts[0]), new Claim("ent_tenant", DemoIds.Tenant), new Claim("scope", parts.Length > 1 ? parts[1] : string.Empty)],
            SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
