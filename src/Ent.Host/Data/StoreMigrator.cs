using Ent.Data;

namespace Ent.Host.Data;

/// <summary>Applies the pending migrations of every store: the host's, then each plugin's.</summary>
internal sealed class StoreMigrator(IEnumerable<IEntStore> stores, IServiceProvider services, ILogger<StoreMigrator> logger)
{
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        var applied = 0;
        foreach (var store in stores)
        {
            var pending = await store.GetPendingMigrationsAsync(services, cancellationToken);
            if (pending.Count == 0)
            {
                continue;
            }

            logger.LogInformation("Applying {Count} migration(s) to store {Store}: {Migrations}.", pending.Count, store.Name, string.Join(", ", pending));
            await store.MigrateAsync(services, cancellationToken);
            applied += pending.Count;
        }

        return applied;
    }
}
