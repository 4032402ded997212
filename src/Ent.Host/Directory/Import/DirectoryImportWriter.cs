using Ent.Host.Directory.Data;
using Microsoft.EntityFrameworkCore;

namespace Ent.Host.Directory.Import;

/// <summary>
/// Writes validated import data in one transaction: the catalogue, the calendar, the people, then the
/// relationships between them. A failure part way leaves the directory as it was.
/// </summary>
internal sealed class DirectoryImportWriter(IDbContextFactory<DirectoryDbContext> stores)
{
    public async Task<DirectoryImportCounts> WriteAsync(string tenantId, DirectoryImportData data, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentNullException.ThrowIfNull(data);
        await using var store = await stores.CreateDbContextAsync(cancellationToken);
        await using var transaction = await store.Database.BeginTransactionAsync(cancellationToken);
        var session = new ImportWriteSession(store, tenantId, progress, cancellationToken);

        await CatalogImportStep.RunAsync(session, data);
        await CalendarImportStep.RunAsync(session, data);
        await PeopleImportStep.RunAsync(session, data.People);
        await RelationshipImportStep.RunAsync(session, data);

        await transaction.CommitAsync(cancellationToken);
        return session.Counts;
    }
}
