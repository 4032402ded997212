namespace Ent.Host.Identity;

/// <summary>Who issues the access tokens the host accepts.</summary>
internal enum AuthenticationMode
{
    /// <summary>The host is its own OpenID Connect provider, with local accounts: the embedded default.</summary>
    Embedded,

    /// <summary>An external OpenID Connect provider (EduConnect, Keycloak, CAS through OIDC) issues the tokens.</summary>
    External,
}
