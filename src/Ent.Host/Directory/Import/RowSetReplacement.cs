using Ent.Data;

namespace Ent.Host.Directory.Import;

/// <summary>
/// Makes a set of rows in the store match the files: rows the files do not list are deleted, listed rows
/// that are missing are added, and listed rows whose values differ are updated. Rows already as listed are
/// not touched, so that importing the same files twice writes nothing the second time.
/// </summary>
internal static class RowSetReplacement
{
    /// <param name="session">The import.</param>
    /// <param name="tally">Counts what was done.</param>
    /// <param name="existing">The rows in scope, read without tracking.</param>
    /// <param name="wanted">The rows the files list, by key.</param>
    /// <param name="keyOf">The key of a row in the store.</param>
    /// <param name="refresh">Copies a wanted row's values onto an existing one; returns whether any differed.</param>
    public static async Task ReplaceAsync<TEntity, TKey>(
        ImportWriteSession session,
        ImportTally tally,
        IEnumerable<TEntity> existing,
        IReadOnlyDictionary<TKey, TEntity> wanted,
        Func<TEntity, TKey> keyOf,
        Func<TEntity, TEntity, bool>? refresh = null)
        where TEntity : class
        where TKey : notnull
    {
        var found = new HashSet<TKey>();
        var removals = new List<TEntity>();
        var updates = new List<TEntity>();
        foreach (var entity in existing)
        {
            var key = keyOf(entity);
            if (!wanted.TryGetValue(key, out var target) || !found.Add(key))
            {
                removals.Add(entity);
            }
            else if (refresh is not null && refresh(entity, target))
            {
                updates.Add(entity);
            }
            else
            {
                tally.Unchanged++;
            }
        }

        var additions = wanted.Where(pair => !found.Contains(pair.Key)).Select(pair => pair.Value).ToList();
        var total = removals.Count + updates.Count + additions.Count;
        var done = 0;
        foreach (var batch in removals.Chunk(ImportWriteSession.BatchSize))
        {
            session.Store.RemoveRange(batch);
            done += await SaveAsync(batch.Length);
        }

        foreach (var batch in updates.Chunk(ImportWriteSession.BatchSize))
        {
            session.Store.UpdateRange(batch);
            done += await SaveAsync(batch.Length);
        }

        foreach (var batch in additions.Chunk(ImportWriteSession.BatchSize))
        {
            await session.Store.BulkInsertAsync(batch, session.CancellationToken);
            done += batch.Length;
            session.Report(tally.Subject, done, total);
        }

        tally.Removed += removals.Count;
        tally.Updated += updates.Count;
        tally.Created += additions.Count;
        if (total == 0)
        {
            session.Report(tally.Subject, 0, 0);
        }

        async Task<int> SaveAsync(int count)
        {
            await session.SaveBatchAsync();
            session.Report(tally.Subject, done + count, total);
            return count;
        }
    }
}
