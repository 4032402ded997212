namespace Ent.Host.Identity;

/// <summary>When a local account is locked after failed sign-ins, from <c>Ent:Authentication:Lockout</c>.</summary>
internal sealed class LockoutOptions
{
    /// <summary>Gets or sets how many failed sign-ins in a row lock the account.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>Gets or sets how long the account stays locked.</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(15);
}
