using System.Text;
using Ent.Data;
using Ent.Files;
using Ent.Plugins.Resources.Data;
using Ent.Plugins.Resources.Domain;
using Ent.Synthetic;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Resources.Synthetic;

/// <summary>
/// Writes the resources of a synthetic tenant (see <see cref="SyntheticResourcePlan"/>): small text files through
/// the file storage, then the rows through bulk inserts, with the owners' and schools' usage counters matching the
/// stored bytes. The rows are the same for the same seed; the storage keys are the storage's own.
/// </summary>
internal sealed class ResourcesSyntheticGenerator(IDbContextFactory<ResourcesDbContext> factory, IFileStorage storage) : ISyntheticDataGenerator
{
    private const string Source = "resources";

    public async Task GenerateAsync(SyntheticDataContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var plan = SyntheticResourcePlan.Build(context.Directory, context.RandomFor(Source));
        await StoreFilesAsync(plan, context.Progress, cancellationToken);

        var resources = plan.Resources.ToDictionary(r => r.Id);
        var personBytes = new Dictionary<Guid, long>();
        var schoolBytes = new Dictionary<Guid, long>();
        foreach (var (version, _) in plan.Files)
        {
            var resource = resources[version.ResourceId];
            personBytes[resource.OwnerId] = personBytes.GetValueOrDefault(resource.OwnerId) + version.Size;
            schoolBytes[resource.SchoolId] = schoolBytes.GetValueOrDefault(resource.SchoolId) + version.Size;
        }

        var tenantId = context.Directory.TenantId;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await WriteAsync(db, "folders", plan.Folders, context.Progress, cancellationToken);
        await WriteAsync(db, "resources", plan.Resources, context.Progress, cancellationToken);
        await WriteAsync(db, "versions", plan.Files.Select(file => file.Version), context.Progress, cancellationToken);
        await WriteAsync(db, "tags", plan.Tags, context.Progress, cancellationToken);
        await WriteAsync(db, "shares", plan.Shares, context.Progress, cancellationToken);
        await WriteAsync(db, "followers", plan.Followers, context.Progress, cancellationToken);
        await WriteAsync(db, "person usage counters", personBytes.Select(pair => new PersonUsage { PersonId = pair.Key, TenantId = tenantId, UsedBytes = pair.Value }), context.Progress, cancellationToken);
        await WriteAsync(db, "school usage counters", schoolBytes.Select(pair => new SchoolUsage { SchoolId = pair.Key, TenantId = tenantId, UsedBytes = pair.Value }), context.Progress, cancellationToken);
    }

    // A few files at a time: each is small, so the file system's latency, not its bandwidth, sets the pace.
    private async Task StoreFilesAsync(SyntheticResourcePlan plan, IProgress<SyntheticProgress> progress, CancellationToken cancellationToken)
    {
        long stored = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(plan.Files, options, async (file, token) =>
        {
            var bytes = Encoding.UTF8.GetBytes(file.Content);
            using var stream = new MemoryStream(bytes, writable: false);
            var result = await storage.WriteAsync(stream, bytes.Length, token);
            file.Version.StorageKey = result.Key;
            file.Version.Size = result.Length;
            file.Version.Sha256 = result.Sha256;
            if (Interlocked.Increment(ref stored) % 5000 == 0)
            {
                progress.Report(new SyntheticProgress(Source, "files stored", Interlocked.Read(ref stored)));
            }
        });
        progress.Report(new SyntheticProgress(Source, "files stored", plan.Files.Count));
    }

    private static async Task WriteAsync<T>(ResourcesDbContext db, string what, IEnumerable<T> rows, IProgress<SyntheticProgress> progress, CancellationToken cancellationToken)
        where T : class
    {
        var written = await db.BulkInsertAsync(rows, cancellationToken);
        progress.Report(new SyntheticProgress(Source, what, written));
    }
}
