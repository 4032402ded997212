using System.Runtime.CompilerServices;
using Ent.Host.Hosting;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Ent.Host.Identity.Server;

/// <summary>
/// Makes the provider's client applications match <c>Ent:Authentication:Clients</c> at start-up: creates the new
/// ones, updates the changed ones and removes those no longer configured (with their tokens).
/// </summary>
internal sealed class ClientRegistrations(
    IServiceScopeFactory scopes,
    ScopeCatalog catalog,
    IOptions<EntAuthenticationOptions> options,
    ILogger<ClientRegistrations> logger) : IStartupSeeder
{
    private static readonly string[] DefaultGrantTypes = [GrantTypes.AuthorizationCode, GrantTypes.RefreshToken];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var configured = options.Value.Clients.Where(client => client.Value.Enabled).ToDictionary(StringComparer.Ordinal);

        await foreach (var application in ListAsync(applications, cancellationToken))
        {
            var clientId = await applications.GetClientIdAsync(application, cancellationToken);
            if (clientId is null || !configured.ContainsKey(clientId))
            {
                await applications.DeleteAsync(application, cancellationToken);
                logger.LogInformation("Removed the client {ClientId}, which is no longer configured.", clientId);
            }
        }

        foreach (var (clientId, client) in configured)
        {
            var descriptor = Describe(clientId, client);
            var existing = await applications.FindByClientIdAsync(clientId, cancellationToken);
            if (existing is null)
            {
                await applications.CreateAsync(descriptor, cancellationToken);
            }
            else
            {
                await applications.UpdateAsync(existing, descriptor, cancellationToken);
            }
        }
    }

    private OpenIddictApplicationDescriptor Describe(string clientId, ClientOptions client)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = client.Secret,
            ClientType = string.IsNullOrEmpty(client.Secret) ? ClientTypes.Public : ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = client.DisplayName ?? clientId,
        };

        var grantTypes = client.GrantTypes.Count > 0 ? client.GrantTypes : [.. DefaultGrantTypes];
        descriptor.Permissions.Add(Permissions.Endpoints.Token);
        foreach (var grantType in grantTypes)
        {
            descriptor.Permissions.Add(grantType switch
            {
                GrantTypes.AuthorizationCode => Permissions.GrantTypes.AuthorizationCode,
                GrantTypes.RefreshToken => Permissions.GrantTypes.RefreshToken,
                GrantTypes.Password => Permissions.GrantTypes.Password,
                _ => throw new InvalidOperationException($"Client {clientId}: the grant type '{grantType}' is not supported (authorization_code, refresh_token, password)."),
            });
        }

        if (grantTypes.Contains(GrantTypes.AuthorizationCode))
        {
            if (client.RedirectUris.Count == 0)
            {
                throw new InvalidOperationException($"Client {clientId} uses the authorization code flow but has no RedirectUris.");
            }

            descriptor.Permissions.Add(Permissions.Endpoints.Authorization);
            descriptor.Permissions.Add(Permissions.ResponseTypes.Code);
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        }

        foreach (var uri in client.RedirectUris)
        {
            descriptor.RedirectUris.Add(new Uri(uri, UriKind.Absolute));
        }

        foreach (var uri in client.PostLogoutRedirectUris)
        {
            descriptor.PostLogoutRedirectUris.Add(new Uri(uri, UriKind.Absolute));
        }

        var unknown = client.Scopes.Where(scope => !catalog.Contains(scope)).ToList();
        if (unknown.Count > 0)
        {
            logger.LogWarning("Client {ClientId} names scopes no loaded plugin declares: {Scopes}. They are ignored.", clientId, string.Join(' ', unknown));
        }

        var serviceScopes = client.Scopes.Count > 0 ? client.Scopes.Where(catalog.Service.Contains) : catalog.Service;
        descriptor.Permissions.Add(Permissions.Scopes.Profile);
        foreach (var scope in serviceScopes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        return descriptor;
    }

    private static async IAsyncEnumerable<object> ListAsync(IOpenIddictApplicationManager applications, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Collected first: deleting while the store enumerates would change what it enumerates.
        var all = new List<object>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            all.Add(application);
        }

        foreach (var application in all)
        {
            yield return application;
        }
    }
}
