using Ent.GraphQL;
using Microsoft.AspNetCore.Authentication;

namespace Ent.Host.Identity.Bearer;

/// <summary>
/// Answers 401 with <c>WWW-Authenticate: Bearer error="invalid_token"</c> when a GraphQL request presents a bearer
/// token that is expired, forged, unsigned, for another audience or issuer (RFC 6750), with a GraphQL error of
/// code <c>UNAUTHENTICATED</c> in the body, so that apps know to refresh it rather than read data as anonymous.
/// Requests without a token go on anonymous.
/// </summary>
internal sealed class InvalidBearerTokenResponse(RequestDelegate next)
{
    private static readonly PathString GraphQLPath = "/graphql";

    public async Task InvokeAsync(HttpContext httpContext)
    {
        if (httpContext.Request.Path.StartsWithSegments(GraphQLPath)
            && httpContext.Request.Headers.Authorization.Count > 0
            && await httpContext.AuthenticateAsync() is { Failure: not null })
        {
            await httpContext.ChallengeAsync();
            await httpContext.Response.WriteAsJsonAsync(
                new { errors = new[] { new { message = "The access token is invalid or expired.", extensions = new { code = ErrorCodes.Unauthenticated } } } },
                httpContext.RequestAborted);
            return;
        }

        await next(httpContext);
    }
}
