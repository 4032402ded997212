using Ent.Host.Directory.Data;

namespace Ent.Host.Directory.Import;

/// <summary>
/// The state of one import's writing, shared by its steps: the store and its transaction, the school, the
/// database keys found or given for the files' codes and external ids, and the tallies.
/// </summary>
/// <remarks>
/// Steps save every <see cref="BatchSize"/> rows and then forget the tracked entities, so that memory holds
/// the files' keys, not tens of thousands of tracked entities.
/// </remarks>
internal sealed class ImportWriteSession(DirectoryDbContext store, string tenantId, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
{
    public const int BatchSize = 1000;

    public DirectoryDbContext Store { get; } = store;

    public string TenantId { get; } = tenantId;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public DirectoryImportCounts Counts { get; } = new();

    public Guid SchoolId { get; set; }

    public Dictionary<string, Guid> SubjectIds { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Guid> ClassIds { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Guid> GroupIds { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Guid> PersonIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Saves the pending changes and stops tracking every entity.</summary>
    public async Task SaveBatchAsync()
    {
        await Store.SaveChangesAsync(CancellationToken);
        Store.ChangeTracker.Clear();
    }

    public void Report(string subject, int done, int total) =>
        progress?.Report(new ImportProgress(ImportStage.Writing, subject, done, total));
}
