using Ent.Host.Identity.Server;
using Microsoft.AspNetCore.Http.Features;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Ent.Host.Identity.RateLimiting;

/// <summary>
/// Recognises sign-in attempts: password grants at the token endpoint and the sign-in form posted to the
/// authorization endpoint. Their form is read ahead (<see cref="BufferFormAsync"/>) so that the rate limiter,
/// which cannot wait, finds the login in it.
/// </summary>
internal static class SignInRequests
{
    public static bool IsSignInEndpoint(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.Equals(TokenEndpoint.Path, StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals(AuthorizationEndpoint.Path, StringComparison.OrdinalIgnoreCase));

    public static async Task BufferFormAsync(HttpContext httpContext, Func<Task> next)
    {
        if (IsSignInEndpoint(httpContext.Request) && httpContext.Request.HasFormContentType)
        {
            await httpContext.Request.ReadFormAsync(httpContext.RequestAborted);
        }

        await next();
    }

    /// <summary>Gets the login of a sign-in attempt, or <see langword="null"/> when the request is none.</summary>
    public static string? LoginOf(HttpContext httpContext)
    {
        var request = httpContext.Request;
        if (!IsSignInEndpoint(request) || httpContext.Features.Get<IFormFeature>()?.Form is not { } form)
        {
            return null;
        }

        var isPasswordGrant = request.Path.Equals(TokenEndpoint.Path, StringComparison.OrdinalIgnoreCase)
            && form[Parameters.GrantType] == GrantTypes.Password;
        var isSignInForm = request.Path.Equals(AuthorizationEndpoint.Path, StringComparison.OrdinalIgnoreCase)
            && form.ContainsKey(Parameters.Username);
        return isPasswordGrant || isSignInForm ? form[Parameters.Username].ToString().Trim().ToUpperInvariant() : null;
    }
}
