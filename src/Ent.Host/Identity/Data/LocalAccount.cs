namespace Ent.Host.Identity.Data;

/// <summary>A login and password of the embedded provider, for one person of the directory.</summary>
internal sealed class LocalAccount
{
    public Guid Id { get; set; }

    public Guid PersonId { get; set; }

    /// <summary>Gets or sets the login as the person types it.</summary>
    public required string Login { get; set; }

    /// <summary>Gets or sets the login in upper case, unique across the deployment, for look-ups.</summary>
    public required string NormalizedLogin { get; set; }

    /// <summary>Gets or sets the password hash, in ASP.NET Core Identity's format (PBKDF2 with a salt).</summary>
    public required string PasswordHash { get; set; }

    /// <summary>Gets or sets the failed sign-ins since the last success or lockout.</summary>
    public int FailedAttempts { get; set; }

    /// <summary>Gets or sets when the lockout ends, if the account is locked.</summary>
    public DateTimeOffset? LockoutEnd { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
