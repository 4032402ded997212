namespace Ent.Host.Identity;

/// <summary>How many sign-in attempts are let through, from <c>Ent:Authentication:RateLimit</c>.</summary>
internal sealed class SignInRateLimitOptions
{
    /// <summary>Gets or sets the sign-in attempts allowed from one IP address per window.</summary>
    public int PermitsPerAddress { get; set; } = 30;

    /// <summary>Gets or sets the sign-in attempts allowed for one login per window, from any address.</summary>
    public int PermitsPerLogin { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
