using Ent.Host.Plugins;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Ent.Host.Identity;

/// <summary>The OAuth scopes apps may ask for: the OpenID Connect ones and those the loaded plugins declare.</summary>
internal sealed class ScopeCatalog(PluginCatalog plugins)
{
    /// <summary>Gets the OpenID Connect scopes: <c>openid</c>, <c>profile</c>, <c>offline_access</c>.</summary>
    public static IReadOnlyList<string> Standard { get; } = [Scopes.OpenId, Scopes.Profile, Scopes.OfflineAccess];

    /// <summary>Gets the scopes of the loaded plugins, such as <c>grades:read</c>, in order.</summary>
    public IReadOnlyList<string> Service { get; } =
        [.. plugins.Plugins.SelectMany(plugin => plugin.Manifest.Scopes).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public IEnumerable<string> All => Standard.Concat(Service);

    public bool Contains(string scope) => Standard.Contains(scope, StringComparer.Ordinal) || Service.Contains(scope, StringComparer.Ordinal);
}
