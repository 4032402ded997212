using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Ent.Host.Identity.Server;

/// <summary>
/// The scopes a sign-in grants: those the request asks for (the provider has already checked that they are
/// registered and that the client may ask for them), or, when it asks for none, every scope the client may ask for.
/// </summary>
internal sealed class GrantedScopes(IOpenIddictApplicationManager applications)
{
    public async Task<IReadOnlyList<string>> ResolveAsync(OpenIddictRequest request, CancellationToken cancellationToken)
    {
        var requested = request.GetScopes();
        if (!requested.IsEmpty)
        {
            return requested;
        }

        var application = request.ClientId is { } clientId ? await applications.FindByClientIdAsync(clientId, cancellationToken) : null;
        if (application is null)
        {
            return [];
        }

        var permissions = await applications.GetPermissionsAsync(application, cancellationToken);
        return [.. permissions
            .Where(permission => permission.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(permission => permission[Permissions.Prefixes.Scope.Length..])];
    }
}
