using Ent.Data;
using Ent.Host.Directory.Data;
using Ent.Synthetic;
using Microsoft.EntityFrameworkCore;

namespace Ent.Host.Synthetic;

/// <summary>
/// Generates a synthetic tenant: its directory, written through bulk inserts, then each plugin's share
/// through its <see cref="ISyntheticDataGenerator"/>.
/// </summary>
internal sealed class SyntheticTenantWriter(
    IDbContextFactory<DirectoryDbContext> directoryStore,
    IServiceScopeFactory scopes,
    ILogger<SyntheticTenantWriter> logger)
{
    public async Task<SyntheticDirectory> WriteAsync(string tenantId, int schools, int pupilsPerSchool, int seed, IProgress<SyntheticProgress> progress, CancellationToken cancellationToken)
    {
        await using (var check = await directoryStore.CreateDbContextAsync(cancellationToken))
        {
            if (await check.People.AnyAsync(p => p.TenantId == tenantId, cancellationToken))
            {
                throw new InvalidOperationException($"Tenant {tenantId} already has people: generate into a tenant with an empty directory.");
            }
        }

        var directory = new SyntheticDirectoryGenerator(tenantId, seed).Generate(schools, pupilsPerSchool);
        await using (var db = await directoryStore.CreateDbContextAsync(cancellationToken))
        {
            await WriteAsync(db, "schools", directory.Schools, progress, cancellationToken);
            await WriteAsync(db, "school years", directory.SchoolYears, progress, cancellationToken);
            await WriteAsync(db, "classes", directory.Classes, progress, cancellationToken);
            await WriteAsync(db, "periods", directory.Periods, progress, cancellationToken);
            await WriteAsync(db, "groups", directory.Groups, progress, cancellationToken);
            await WriteAsync(db, "subjects", directory.Subjects, progress, cancellationToken);
            await WriteAsync(db, "people", directory.People, progress, cancellationToken);
            await WriteAsync(db, "profiles", directory.Profiles, progress, cancellationToken);
            await WriteAsync(db, "class enrollments", directory.Enrollments, progress, cancellationToken);
            await WriteAsync(db, "group memberships", directory.Memberships, progress, cancellationToken);
            await WriteAsync(db, "family links", directory.FamilyLinks, progress, cancellationToken);
            await WriteAsync(db, "teaching assignments", directory.Assignments, progress, cancellationToken);
            await WriteAsync(db, "form tutors", directory.FormTutors, progress, cancellationToken);
        }

        await using var scope = scopes.CreateAsyncScope();
        var context = new SyntheticDataContext(directory, seed, progress);
        foreach (var generator in scope.ServiceProvider.GetServices<ISyntheticDataGenerator>())
        {
            logger.LogInformation("Generating the data of {Generator}.", generator.GetType().Name);
            await generator.GenerateAsync(context, cancellationToken);
        }

        return directory;
    }

    private static async Task WriteAsync<T>(DirectoryDbContext db, string what, List<T> rows, IProgress<SyntheticProgress> progress, CancellationToken cancellationToken)
        where T : class
    {
        var written = await db.BulkInsertAsync(rows, cancellationToken);
        progress.Report(new SyntheticProgress("directory", what, written));
    }
}
