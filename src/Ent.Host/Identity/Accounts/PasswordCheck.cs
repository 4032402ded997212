namespace Ent.Host.Identity.Accounts;

/// <summary>The outcome of checking a login and password.</summary>
internal enum PasswordCheckOutcome
{
    Succeeded,

    /// <summary>The login is unknown or the password wrong; callers never say which.</summary>
    InvalidCredentials,

    /// <summary>Too many failed attempts: the account refuses even the right password until the lockout ends.</summary>
    LockedOut,
}

/// <summary>The outcome of checking a login and password, and the person on success.</summary>
internal sealed record PasswordCheck(PasswordCheckOutcome Outcome, AccountHolder? Holder)
{
    public static PasswordCheck Invalid { get; } = new(PasswordCheckOutcome.InvalidCredentials, null);

    public static PasswordCheck Locked { get; } = new(PasswordCheckOutcome.LockedOut, null);
}
