using Ent.Endpoints;
using Ent.Host.Access;
using Ent.Host.Tenancy;

namespace Ent.Host.Endpoints;

/// <summary>
/// Prepares a request to a plugin's endpoint as <c>/graphql</c> prepares its own: resolves the tenant, checks
/// the plugin is in the tenant's bouquet, and loads the viewer from the bearer token or, on GET and HEAD, from a
/// signed link (<see cref="ISignedLinks"/>).
/// </summary>
internal sealed class PluginEndpointMiddleware(RequestDelegate next, TenantResolver tenants, LinkSignature links, TimeProvider time)
{
    public const string LinkInvalidCode = "LINK_INVALID";
    public const string LinkExpiredCode = "LINK_EXPIRED";

    public async Task InvokeAsync(HttpContext httpContext)
    {
        if (httpContext.GetEndpoint()?.Metadata.GetMetadata<PluginEndpointMetadata>() is not { } plugin)
        {
            await next(httpContext);
            return;
        }

        var resolution = tenants.Resolve(httpContext);
        if (resolution.Tenant is not { } tenant)
        {
            await ProblemAsync(httpContext, StatusCodes.Status400BadRequest, "TENANT_NOT_FOUND", resolution.Problem!);
            return;
        }

        if (!tenant.Bouquet.Contains(plugin.PluginId))
        {
            await ProblemAsync(httpContext, StatusCodes.Status404NotFound, "NOT_FOUND", "This service is not in the tenant's bouquet.");
            return;
        }

        var principal = httpContext.User;
        var request = httpContext.Request;
        if (request.Query.TryGetValue(ISignedLinks.QueryParameter, out var token) && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            var check = links.Check(request.Path.Value ?? string.Empty, token.ToString(), tenant.Id, time.GetUtcNow());
            switch (check.Status)
            {
                case LinkStatus.Expired:
                    await ProblemAsync(httpContext, StatusCodes.Status401Unauthorized, LinkExpiredCode, "The link has expired: ask for a new one.");
                    return;
                case LinkStatus.Invalid:
                    await ProblemAsync(httpContext, StatusCodes.Status401Unauthorized, LinkInvalidCode, "The link is not valid for this address.");
                    return;
                default:
                    principal = check.Principal!;
                    break;
            }
        }

        httpContext.RequestServices.GetRequiredService<TenantAccessor>().Tenant = tenant;
        await httpContext.RequestServices.GetRequiredService<ViewerAccessor>().LoadAsync(principal, tenant, httpContext.RequestAborted);
        await next(httpContext);
    }

    private static Task ProblemAsync(HttpContext httpContext, int status, string code, string detail) =>
        Results.Problem(detail, statusCode: status, extensions: new Dictionary<string, object?> { ["code"] = code }).ExecuteAsync(httpContext);
}
