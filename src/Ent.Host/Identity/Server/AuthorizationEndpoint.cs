using Ent.Host.Identity.Accounts;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Ent.Host.Identity.Server;

/// <summary>
/// Handles authorization requests the provider has validated (authorization code flow with PKCE): shows the
/// sign-in page, and on a right login and password grants the requested scopes and redirects to the app with a
/// code. Signing in on this page is the person's consent; nothing is remembered between requests.
/// </summary>
internal sealed class AuthorizationEndpoint(
    LocalAccountService accounts,
    GrantedScopes scopes,
    IOpenIddictApplicationManager applications,
    IAntiforgery antiforgery,
    IOptions<EntAuthenticationOptions> options)
{
    public const string Path = "/connect/authorize";

    private static readonly HashSet<string> PostedOnly = new(StringComparer.Ordinal) { Parameters.Username, Parameters.Password };

    public async Task<IResult> HandleAsync(HttpContext httpContext)
    {
        var request = httpContext.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The authorization endpoint was reached without an OpenID Connect request.");
        var cancellationToken = httpContext.RequestAborted;
        if (request.HasPromptValue(PromptValues.None))
        {
            return ProviderResults.Refuse(Errors.LoginRequired, "The person must sign in.");
        }

        var isSignIn = HttpMethods.IsPost(httpContext.Request.Method) && request.Username is not null;
        if (!isSignIn)
        {
            return await PageAsync(httpContext, request, error: null, StatusCodes.Status200OK);
        }

        try
        {
            await antiforgery.ValidateRequestAsync(httpContext);
        }
        catch (AntiforgeryValidationException)
        {
            return await PageAsync(httpContext, request, "Le formulaire a expiré : reconnectez-vous.", StatusCodes.Status400BadRequest);
        }

        var check = await accounts.CheckPasswordAsync(request.Username, request.Password, cancellationToken);
        if (check is not { Outcome: PasswordCheckOutcome.Succeeded, Holder: { } holder })
        {
            var error = check.Outcome == PasswordCheckOutcome.LockedOut
                ? "Ce compte est verrouillé après trop d'échecs ; réessayez plus tard."
                : "Identifiant ou mot de passe incorrect.";
            return await PageAsync(httpContext, request, error, StatusCodes.Status200OK);
        }

        var principal = ProviderPrincipal.Create(holder, await scopes.ResolveAsync(request, cancellationToken), options.Value.Audience);
        return ProviderResults.SignIn(principal);
    }

    private async Task<IResult> PageAsync(HttpContext httpContext, OpenIddictRequest request, string? error, int status)
    {
        var application = request.ClientId is { } clientId ? await applications.FindByClientIdAsync(clientId, httpContext.RequestAborted) : null;
        var clientName = application is null ? request.ClientId : await applications.GetDisplayNameAsync(application, httpContext.RequestAborted);
        var tokens = antiforgery.GetAndStoreTokens(httpContext);
        var hidden = request.GetParameters()
            .Where(parameter => !PostedOnly.Contains(parameter.Key) && parameter.Key != tokens.FormFieldName)
            .Select(parameter => KeyValuePair.Create(parameter.Key, (string?)parameter.Value ?? string.Empty))
            .Append(KeyValuePair.Create(tokens.FormFieldName, tokens.RequestToken ?? string.Empty))
            .ToList();
        var html = SignInPage.Render(new SignInPageModel(
            httpContext.Request.PathBase + Path,
            clientName ?? "Une application",
            [.. request.GetScopes()],
            hidden,
            request.Username,
            error));
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
