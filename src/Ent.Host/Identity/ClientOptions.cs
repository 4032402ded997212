namespace Ent.Host.Identity;

/// <summary>A client application of the embedded provider, from <c>Ent:Authentication:Clients:{id}</c>.</summary>
internal sealed class ClientOptions
{
    /// <summary>Gets or sets whether the client is registered; set to <see langword="false"/> to remove the demo client.</summary>
    public bool Enabled { get; set; } = true;

    public string? DisplayName { get; set; }

    /// <summary>Gets or sets the secret of a confidential client; a client without one is public and must use PKCE.</summary>
    public string? Secret { get; set; }

    /// <summary>
    /// Gets the grant types the client may use: <c>authorization_code</c>, <c>refresh_token</c>, and
    /// <c>password</c> for first-party apps only. Empty means <c>authorization_code</c> and <c>refresh_token</c>.
    /// </summary>
    public List<string> GrantTypes { get; } = [];

    public List<string> RedirectUris { get; } = [];

    public List<string> PostLogoutRedirectUris { get; } = [];

    /// <summary>Gets the service scopes the client may ask for; empty means every scope of the loaded plugins.</summary>
    public List<string> Scopes { get; } = [];
}
