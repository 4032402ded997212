using Ent.Host.Identity.Accounts;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Ent.Host.Identity.Server;

/// <summary>
/// Handles the token requests the provider has validated: the password grant (first-party apps), and the
/// authorization code and refresh token grants, which re-check that the person is still active.
/// </summary>
internal sealed class TokenEndpoint(LocalAccountService accounts, GrantedScopes scopes, IOptions<EntAuthenticationOptions> options)
{
    public const string Path = "/connect/token";

    public async Task<IResult> HandleAsync(HttpContext httpContext)
    {
        var request = httpContext.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The token endpoint was reached without an OpenID Connect request.");
        var cancellationToken = httpContext.RequestAborted;

        if (request.IsPasswordGrantType())
        {
            var check = await accounts.CheckPasswordAsync(request.Username, request.Password, cancellationToken);
            return check switch
            {
                { Outcome: PasswordCheckOutcome.Succeeded, Holder: { } holder } => SignIn(holder, await scopes.ResolveAsync(request, cancellationToken)),
                { Outcome: PasswordCheckOutcome.LockedOut } => ProviderResults.Refuse(Errors.InvalidGrant, "The account is locked after too many failed sign-ins; try again later."),
                _ => ProviderResults.Refuse(Errors.InvalidGrant, "The login or password is wrong."),
            };
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var stored = (await httpContext.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
            if (stored is null || !Guid.TryParse(stored.GetClaim(Claims.Subject), out var personId)
                || await accounts.FindPersonAsync(personId, cancellationToken) is not { } holder)
            {
                return ProviderResults.Refuse(Errors.InvalidGrant, "The person is no longer active in the directory.");
            }

            return SignIn(holder with { Login = stored.GetClaim(Claims.PreferredUsername) }, stored.GetScopes());
        }

        return ProviderResults.Refuse(Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    private IResult SignIn(AccountHolder holder, IEnumerable<string> granted) =>
        ProviderResults.SignIn(ProviderPrincipal.Create(holder, granted, options.Value.Audience));
}
