using Microsoft.AspNetCore.Routing;

namespace Ent.Endpoints;

/// <summary>
/// Implemented by a plugin's entry type (beside <see cref="Plugins.IEntPlugin"/>) that serves HTTP routes of its
/// own, such as file downloads, which GraphQL cannot carry.
/// </summary>
/// <remarks>
/// The host calls <see cref="MapEndpoints"/> once, after building the application, with a route group under
/// <c>/{plugin id}</c>. Before a handler of that group runs, the host resolves the request's tenant (400 when it
/// cannot), answers 404 when the plugin is not in the tenant's bouquet, and loads the viewer from the bearer
/// token or a link of <see cref="ISignedLinks"/>, so that handlers read <see cref="Access.IAccessPolicy"/> and
/// <see cref="Tenancy.ITenantAccessor"/> from the request's services. Each handler checks its own access rules.
/// </remarks>
public interface IEndpointContributor
{
    /// <summary>Maps the plugin's routes.</summary>
    /// <param name="endpoints">The plugin's route group, at <c>/{plugin id}</c>.</param>
    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
