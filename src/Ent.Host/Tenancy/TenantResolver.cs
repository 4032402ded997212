using Ent.Tenancy;

namespace Ent.Host.Tenancy;

/// <summary>
/// Finds the tenant of a request: by the <c>Ent-Tenant</c> header when present, else by the request's host
/// name, else the configured default tenant.
/// </summary>
internal sealed class TenantResolver(TenantRegistry registry)
{
    public const string HeaderName = "Ent-Tenant";

    public TenantResolution Resolve(HttpContext httpContext)
    {
        if (httpContext.Request.Headers.TryGetValue(HeaderName, out var header))
        {
            return registry.Find(header.ToString()) is { } named
                ? TenantResolution.Found(named)
                : TenantResolution.Unknown($"No tenant is called '{header}'.");
        }

        return registry.FindByHost(httpContext.Request.Host.Host) is { } byHost
            ? TenantResolution.Found(byHost)
            : registry.Default is { } fallback
                ? TenantResolution.Found(fallback)
                : TenantResolution.Unknown($"No tenant serves the host '{httpContext.Request.Host.Host}'; name one in the {HeaderName} header.");
    }
}

internal readonly record struct TenantResolution(TenantInfo? Tenant, string? Problem)
{
    public static TenantResolution Found(TenantInfo tenant) => new(tenant, null);

    public static TenantResolution Unknown(string problem) => new(null, problem);
}
