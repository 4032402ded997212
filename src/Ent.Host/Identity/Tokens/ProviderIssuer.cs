namespace Ent.Host.Identity.Tokens;

/// <summary>The issuer (<c>iss</c>) of the embedded provider, as <see cref="EntAuthenticationOptions.ResolveIssuer"/> resolved it.</summary>
internal sealed record ProviderIssuer(Uri Uri)
{
    /// <summary>Gets the issuer as tokens carry it, ending with a slash.</summary>
    public string Value => Uri.AbsoluteUri;
}
