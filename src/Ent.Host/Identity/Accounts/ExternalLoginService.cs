using Ent.Directory;
using Ent.Host.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace Ent.Host.Identity.Accounts;

/// <summary>Links users of the external provider to people of the directory, and finds who a subject is.</summary>
internal sealed class ExternalLoginService(IDbContextFactory<IdentityDbContext> stores, TimeProvider clock)
{
    /// <summary>Links a subject of a provider to a person, replacing any earlier link of that subject.</summary>
    /// <param name="provider">The provider's name.</param>
    /// <param name="subject">The user's subject at the provider.</param>
    /// <param name="personId">The person.</param>
    /// <param name="cancellationToken">Cancels the link.</param>
    /// <returns>A task that completes when the link is saved.</returns>
    public async Task LinkAsync(string provider, string subject, Guid personId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        await using var store = await stores.CreateDbContextAsync(cancellationToken);
        var link = await store.ExternalLogins.FindAsync([provider, subject], cancellationToken);
        if (link is null)
        {
            store.ExternalLogins.Add(new ExternalLogin { Provider = provider, Subject = subject, PersonId = personId, CreatedAt = clock.GetUtcNow() });
        }
        else
        {
            link.PersonId = personId;
        }

        await store.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Finds the active person a provider's subject is linked to.</summary>
    /// <param name="provider">The provider's name.</param>
    /// <param name="subject">The user's subject at the provider.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>The person, or <see langword="null"/> when the subject is linked to no active person.</returns>
    public async Task<AccountHolder?> FindPersonAsync(string provider, string subject, CancellationToken cancellationToken)
    {
        await using var store = await stores.CreateDbContextAsync(cancellationToken);
        return await (
            from link in store.ExternalLogins
            join person in store.Set<Person>() on link.PersonId equals person.Id
            where link.Provider == provider && link.Subject == subject && person.IsActive
            select new AccountHolder(person.Id, person.TenantId, person.FirstName + " " + person.LastName, null))
            .AsNoTracking()
            .FirstOrDefaultAsync(cancellationToken);
    }
}
