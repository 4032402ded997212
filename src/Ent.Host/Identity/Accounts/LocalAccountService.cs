using Ent.Directory;
using Ent.Host.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ent.Host.Identity.Accounts;

/// <summary>
/// Creates local accounts and checks their passwords, locking an account after repeated failures. Logins are
/// unique across the deployment, compared without regard to case. Only active people of the directory sign in.
/// </summary>
internal sealed class LocalAccountService(
    IDbContextFactory<IdentityDbContext> stores,
    IPasswordHasher<LocalAccount> hasher,
    IOptions<EntAuthenticationOptions> options,
    TimeProvider clock)
{
    // Checked against when the login is unknown, so that the answer takes as long as for a known login.
    private static readonly Lazy<string> UnknownLoginHash = new(() =>
        new PasswordHasher<LocalAccount>().HashPassword(null!, Guid.NewGuid().ToString()));

    /// <summary>Creates a local account for a person of the directory.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="login">The login, unique across the deployment.</param>
    /// <param name="password">The password, stored only as a salted hash.</param>
    /// <param name="cancellationToken">Cancels the creation.</param>
    /// <returns>The account.</returns>
    /// <exception cref="InvalidOperationException">The login is taken or the person does not exist.</exception>
    public async Task<LocalAccount> CreateAsync(Guid personId, string login, string password, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(login);
        ArgumentException.ThrowIfNullOrEmpty(password);
        await using var store = await stores.CreateDbContextAsync(cancellationToken);
        if (!await store.Set<Person>().AnyAsync(person => person.Id == personId, cancellationToken))
        {
            throw new InvalidOperationException($"No person {personId} is in the directory.");
        }

        var normalized = Normalize(login);
        if (await store.LocalAccounts.AnyAsync(account => account.NormalizedLogin == normalized, cancellationToken))
        {
            throw new InvalidOperationException($"The login '{login}' is taken.");
        }

        var account = new LocalAccount
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            Login = login.Trim(),
            NormalizedLogin = normalized,
            PasswordHash = string.Empty,
            CreatedAt = clock.GetUtcNow(),
        };
        account.PasswordHash = hasher.HashPassword(account, password);
        store.LocalAccounts.Add(account);
        await store.SaveChangesAsync(cancellationToken);
        return account;
    }

    /// <summary>
    /// Checks a login and password. A wrong password counts as a failure; enough failures in a row lock the
    /// account for <see cref="LockoutOptions.Duration"/>, during which even the right password is refused.
    /// </summary>
    /// <param name="login">The login.</param>
    /// <param name="password">The password.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The outcome, with the person on success.</returns>
    public async Task<PasswordCheck> CheckPasswordAsync(string? login, string? password, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(login) || string.IsNullOrEmpty(password))
        {
            return PasswordCheck.Invalid;
        }

        await using var store = await stores.CreateDbContextAsync(cancellationToken);
        var normalized = Normalize(login);
        var account = await store.LocalAccounts.FirstOrDefaultAsync(candidate => candidate.NormalizedLogin == normalized, cancellationToken);
        if (account is null)
        {
            hasher.VerifyHashedPassword(null!, UnknownLoginHash.Value, password);
            return PasswordCheck.Invalid;
        }

        var now = clock.GetUtcNow();
        if (account.LockoutEnd is { } lockoutEnd && lockoutEnd > now)
        {
            return PasswordCheck.Locked;
        }

        var verification = hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (verification == PasswordVerificationResult.Failed)
        {
            var lockout = options.Value.Lockout;
            account.FailedAttempts++;
            if (account.FailedAttempts >= lockout.MaxFailedAttempts)
            {
                account.FailedAttempts = 0;
                account.LockoutEnd = now + lockout.Duration;
            }

            await store.SaveChangesAsync(cancellationToken);
            return PasswordCheck.Invalid;
        }

        if (verification == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.PasswordHash = hasher.HashPassword(account, password);
        }

        account.FailedAttempts = 0;
        account.LockoutEnd = null;
        await store.SaveChangesAsync(cancellationToken);

        var holder = await FindHolderAsync(store, account.PersonId, account.Login, cancellationToken);
        return holder is null ? PasswordCheck.Invalid : new PasswordCheck(PasswordCheckOutcome.Succeeded, holder);
    }

    /// <summary>Finds the active person behind a login, without a password: for the <c>token</c> command.</summary>
    /// <param name="login">The login.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>The person, or <see langword="null"/> when the login is unknown or the person inactive.</returns>
    public async Task<AccountHolder?> FindByLoginAsync(string login, CancellationToken cancellationToken)
    {
        await using var store = await stores.CreateDbContextAsync(cancellationToken);
        var normalized = Normalize(login);
        var account = await store.LocalAccounts.AsNoTracking().FirstOrDefaultAsync(candidate => candidate.NormalizedLogin == normalized, cancellationToken);
        return account is null ? null : await FindHolderAsync(store, account.PersonId, account.Login, cancellationToken);
    }

    /// <summary>Finds an active person of the directory, signed in or not.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>The person, or <see langword="null"/> when unknown or inactive.</returns>
    public async Task<AccountHolder?> FindPersonAsync(Guid personId, CancellationToken cancellationToken)
    {
        await using var store = await stores.CreateDbContextAsync(cancellationToken);
        return await FindHolderAsync(store, personId, login: null, cancellationToken);
    }

    /// <summary>Finds an active person by the identifier the directory feed gives them.</summary>
    /// <param name="tenantId">The person's tenant.</param>
    /// <param name="externalId">The identifier.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>The person, or <see langword="null"/> when unknown or inactive.</returns>
    public async Task<AccountHolder?> FindPersonAsync(string tenantId, string externalId, CancellationToken cancellationToken)
    {
        await using var store = await stores.CreateDbContextAsync(cancellationToken);
        var personId = await store.Set<Person>()
            .Where(person => person.TenantId == tenantId && person.ExternalId == externalId)
            .Select(person => (Guid?)person.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return personId is null ? null : await FindHolderAsync(store, personId.Value, login: null, cancellationToken);
    }

    private static Task<AccountHolder?> FindHolderAsync(IdentityDbContext store, Guid personId, string? login, CancellationToken cancellationToken) =>
        store.Set<Person>()
            .Where(person => person.Id == personId && person.IsActive)
            .Select(person => new AccountHolder(person.Id, person.TenantId, person.FirstName + " " + person.LastName, login))
            .FirstOrDefaultAsync(cancellationToken);

    private static string Normalize(string login) => login.Trim().ToUpperInvariant();
}
