namespace Ent.Host.Identity;

/// <summary>How requests are authenticated, bound from <c>Ent:Authentication</c>.</summary>
internal sealed class EntAuthenticationOptions
{
    public const string SectionName = "Ent:Authentication";

    /// <summary>The issuer used when none is configured and no URL is configured for the server either.</summary>
    public const string FallbackIssuer = "http://localhost:5080/";

    public AuthenticationMode Mode { get; set; } = AuthenticationMode.Embedded;

    /// <summary>
    /// Gets or sets the issuer of the embedded provider: the public base URL of the host. When empty, the first
    /// URL the server listens on (<c>urls</c>), else <see cref="FallbackIssuer"/>.
    /// </summary>
    public string? Issuer { get; set; }

    /// <summary>Gets or sets the audience (<c>aud</c>) of the embedded provider's access tokens.</summary>
    public string Audience { get; set; } = "ent";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>
    /// Gets or sets whether the embedded provider refuses plain HTTP. When unset, it does unless the issuer is
    /// a loopback address.
    /// </summary>
    public bool? RequireHttps { get; set; }

    /// <summary>Gets or sets where the embedded provider keeps its keys; default: <c>keys</c> in the data directory.</summary>
    public string? KeysDirectory { get; set; }

    /// <summary>Gets the client applications of the embedded provider, by client id.</summary>
    public Dictionary<string, ClientOptions> Clients { get; } = new(StringComparer.Ordinal);

    public LockoutOptions Lockout { get; set; } = new();

    public SignInRateLimitOptions RateLimit { get; set; } = new();

    public ExternalProviderOptions External { get; set; } = new();

    /// <summary>Gets the issuer URI, resolved as <see cref="Issuer"/> describes, always ending with a slash.</summary>
    /// <param name="urls">The server's <c>urls</c> setting, if any.</param>
    /// <returns>The issuer.</returns>
    public Uri ResolveIssuer(string? urls)
    {
        var issuer = !string.IsNullOrWhiteSpace(Issuer)
            ? Issuer
            : urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() is { } first
                ? WithLoopbackHost(first)
                : FallbackIssuer;
        return new Uri(issuer.EndsWith('/') ? issuer : issuer + "/", UriKind.Absolute);
    }

    // Servers listen on wildcard addresses (http://+:80, http://0.0.0.0:80) that clients cannot reach.
    private static string WithLoopbackHost(string url) =>
        url.Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
            .Replace("://[::]", "://localhost", StringComparison.Ordinal);
}
