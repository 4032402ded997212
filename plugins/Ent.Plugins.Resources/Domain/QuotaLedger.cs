using Ent.Directory;
using Ent.Plugins.Resources.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ent.Plugins.Resources.Domain;

/// <summary>
/// Keeps the storage counters of people and schools. An upload reserves its bytes with one conditional update per
/// counter (<c>used + size &lt;= quota</c>), in the transaction that records its version, so that two uploads
/// racing cannot both pass a quota; emptying a trash gives the bytes back in the transaction that removes them.
/// </summary>
internal sealed class QuotaLedger(IDbContextFactory<ResourcesDbContext> factory, IOptions<ResourcesOptions> options)
{
    /// <summary>The quotas and current usage that apply to an upload by <paramref name="ownerId"/> to a school.</summary>
    public async Task<QuotaState> ReadAsync(ResourcesDbContext db, string tenantId, Guid ownerId, Guid schoolId, CancellationToken cancellationToken)
    {
        var uai = await db.Set<School>().Where(s => s.Id == schoolId).Select(s => s.Uai).FirstOrDefaultAsync(cancellationToken);
        var personQuota = options.Value.PersonQuotaBytes;
        var schoolQuota = options.Value.SchoolQuotaOf(uai);
        var personUsed = await db.PersonUsages.Where(u => u.PersonId == ownerId && u.TenantId == tenantId).Select(u => (long?)u.UsedBytes).FirstOrDefaultAsync(cancellationToken) ?? 0;
        var schoolUsed = await db.SchoolUsages.Where(u => u.SchoolId == schoolId && u.TenantId == tenantId).Select(u => (long?)u.UsedBytes).FirstOrDefaultAsync(cancellationToken) ?? 0;
        return new QuotaState(personUsed, personQuota, schoolUsed, schoolQuota);
    }

    /// <summary>Creates the counters of a person and a school if they do not exist yet, each in its own statement.</summary>
    public async Task EnsureCountersAsync(string tenantId, Guid ownerId, Guid schoolId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!await db.PersonUsages.AnyAsync(u => u.PersonId == ownerId, cancellationToken))
        {
            db.PersonUsages.Add(new PersonUsage { PersonId = ownerId, TenantId = tenantId });
            await SaveIgnoringRaceAsync(db, cancellationToken);
        }

        if (!await db.SchoolUsages.AnyAsync(u => u.SchoolId == schoolId, cancellationToken))
        {
            db.SchoolUsages.Add(new SchoolUsage { SchoolId = schoolId, TenantId = tenantId });
            await SaveIgnoringRaceAsync(db, cancellationToken);
        }
    }

    /// <summary>
    /// Adds <paramref name="bytes"/> to both counters if both stay within their quota; call it inside the
    /// transaction that records what the bytes are for.
    /// </summary>
    /// <returns>The error code of the quota that would be passed, or <see langword="null"/> when reserved.</returns>
    public static async Task<string?> TryReserveAsync(ResourcesDbContext db, Guid ownerId, Guid schoolId, long bytes, QuotaState quotas, CancellationToken cancellationToken)
    {
        var personQuota = quotas.PersonQuota;
        var schoolQuota = quotas.SchoolQuota;
        var person = await db.PersonUsages
            .Where(u => u.PersonId == ownerId && u.UsedBytes + bytes <= personQuota)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.UsedBytes, u => u.UsedBytes + bytes), cancellationToken);
        if (person == 0)
        {
            return ResourceErrorCodes.QuotaExceeded;
        }

        var school = await db.SchoolUsages
            .Where(u => u.SchoolId == schoolId && u.UsedBytes + bytes <= schoolQuota)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.UsedBytes, u => u.UsedBytes + bytes), cancellationToken);
        return school == 0 ? ResourceErrorCodes.SchoolQuotaExceeded : null;
    }

    /// <summary>Gives bytes back to a person's and a school's counters, never below zero.</summary>
    public static async Task ReleaseAsync(ResourcesDbContext db, Guid ownerId, Guid schoolId, long bytes, CancellationToken cancellationToken)
    {
        await db.PersonUsages.Where(u => u.PersonId == ownerId)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.UsedBytes, u => u.UsedBytes > bytes ? u.UsedBytes - bytes : 0), cancellationToken);
        await db.SchoolUsages.Where(u => u.SchoolId == schoolId)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.UsedBytes, u => u.UsedBytes > bytes ? u.UsedBytes - bytes : 0), cancellationToken);
    }

    private static async Task SaveIgnoringRaceAsync(ResourcesDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent upload created the counter first.
        }

        db.ChangeTracker.Clear();
    }
}

/// <summary>A person's and a school's usage and quotas, in bytes.</summary>
internal sealed record QuotaState(long PersonUsed, long PersonQuota, long SchoolUsed, long SchoolQuota)
{
    public long PersonRemaining => Math.Max(0, PersonQuota - PersonUsed);

    public long SchoolRemaining => Math.Max(0, SchoolQuota - SchoolUsed);
}
