namespace Ent.Host.Identity;

/// <summary>The external OpenID Connect provider, from <c>Ent:Authentication:External</c>.</summary>
internal sealed class ExternalProviderOptions
{
    /// <summary>Gets or sets the provider's issuer URL; its discovery document gives the signing keys.</summary>
    public string? Authority { get; set; }

    /// <summary>Gets or sets the audience the provider's access tokens must carry for this host.</summary>
    public string? Audience { get; set; }

    /// <summary>Gets or sets the provider's name in the external-login table.</summary>
    public string Provider { get; set; } = "external";

    /// <summary>Gets or sets the claim of the provider's tokens that identifies the user.</summary>
    public string SubjectClaim { get; set; } = "sub";

    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>
    /// Gets the scopes granted to every token of the provider on top of those it carries, for providers that know
    /// nothing of ENT's scopes (EduConnect).
    /// </summary>
    public List<string> GrantedScopes { get; } = [];
}
