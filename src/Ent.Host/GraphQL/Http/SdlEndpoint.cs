using Ent.Host.GraphQL.Schema;
using Ent.Host.Tenancy;

namespace Ent.Host.GraphQL.Http;

/// <summary>Serves the SDL of the current tenant's schema, for tools and code generators.</summary>
internal static class SdlEndpoint
{
    public const string Path = "/graphql/schema.graphql";

    public static IResult HandleAsync(HttpContext httpContext, TenantResolver tenants, SchemaRegistry schemas)
    {
        var tenant = tenants.Resolve(httpContext);
        return tenant.Tenant is null
            ? Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: tenant.Problem)
            : Results.Text(SdlPrinter.Print(schemas.GetSchema(tenant.Tenant)), "text/plain; charset=utf-8");
    }
}
