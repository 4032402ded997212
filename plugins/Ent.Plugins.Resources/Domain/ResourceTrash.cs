using Ent.Files;
using Ent.Plugins.Resources.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Ent.Plugins.Resources.Domain;

/// <summary>
/// Empties a person's trash: removes their trashed resources with their versions, shares and tags, and gives
/// the versions' bytes back to the owner's and schools' quotas, in one transaction; the stored files are removed
/// after it commits.
/// </summary>
internal sealed class ResourceTrash(IFileStorage storage, ILogger<ResourceTrash> logger)
{
    public async Task<(int Count, long FreedBytes)> EmptyAsync(ResourcesDbContext db, string tenantId, Guid ownerId, CancellationToken cancellationToken)
    {
        var trashed = await db.Resources
            .Where(r => r.TenantId == tenantId && r.OwnerId == ownerId && r.TrashedAt != null)
            .Select(r => new { r.Id, r.SchoolId })
            .ToListAsync(cancellationToken);
        if (trashed.Count == 0)
        {
            return (0, 0);
        }

        var ids = trashed.Select(r => r.Id).ToList();
        var versions = await db.Versions
            .Where(v => ids.Contains(v.ResourceId))
            .Select(v => new { v.ResourceId, v.StorageKey, v.Size })
            .ToListAsync(cancellationToken);

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.Resources.Where(r => ids.Contains(r.Id) && r.TrashedAt != null).ExecuteDeleteAsync(cancellationToken);
            foreach (var school in trashed.GroupBy(r => r.SchoolId))
            {
                var schoolIds = school.Select(r => r.Id).ToHashSet();
                var bytes = versions.Where(v => schoolIds.Contains(v.ResourceId)).Sum(v => v.Size);
                if (bytes > 0)
                {
                    await QuotaLedger.ReleaseAsync(db, ownerId, school.Key, bytes, cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }

        foreach (var version in versions)
        {
            try
            {
                await storage.DeleteAsync(version.StorageKey, CancellationToken.None);
            }
            catch (IOException exception)
            {
                logger.LogWarning(exception, "Could not remove the stored file {Key} of an emptied trash.", version.StorageKey);
            }
        }

        return (trashed.Count, versions.Sum(v => v.Size));
    }
}
