using Ent.Directory;
using Ent.Plugins.Forum.Data;
using Ent.Plugins.Forum.Demo;
using Ent.Plugins.Forum.Domain;
using Ent.Plugins.Forum.Tests.Infrastructure;
using Ent.Synthetic;
using Ent.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Ent.Plugins.Forum.Tests.Demo;

/// <summary>The forum's share of a synthetic tenant, generated over the demo directory and searchable once written.</summary>
public abstract class ForumSyntheticDataGeneratorTests<TEngine>(ForumHostFixture<TEngine> fixture)
    where TEngine : IDatabaseEngine
{
    private ForumHost Host => fixture.Forum;

    [SkippableFact]
    public async Task Generated_subjects_and_messages_are_written_in_bulk_and_indexed_for_search()
    {
        var directory = await DemoDirectoryAsync();
        var generator = new ForumSyntheticDataGenerator(new StoreFactory(Host));
        var progress = new List<SyntheticProgress>();

        await generator.GenerateAsync(new SyntheticDataContext(directory, Seed: 7, new SynchronousProgress(progress.Add)), CancellationToken.None);

        await using var db = Host.CreateStore();
        var generated = db.Categories.Where(c => c.TenantId == directory.TenantId && (c.Name.StartsWith("Échanges — ") || c.Name == "Informations du collège"));
        var classCategories = await generated.CountAsync(c => c.Scope == CategoryScope.Class);
        Assert.Equal(directory.Classes.Count, classCategories);
        var messages = db.Messages.Where(m => generated.Select(c => c.Id).Contains(m.CategoryId));
        Assert.Equal(progress.Single(p => p.What == "messages").Count, await messages.CountAsync());
        Assert.True(await db.Subjects.Where(s => generated.Select(c => c.Id).Contains(s.CategoryId)).AllAsync(s => s.MessageSequence >= 1));

        var blois = DemoTenant.SchoolId(DemoTenant.Blois);
        var expected = await messages.CountAsync(m => m.Body.Contains("Révolution") && db.Categories.Any(c => c.Id == m.CategoryId && c.SchoolId == blois));
        var found = await Host.ClientFor(DemoTenant.PersonId("cpe.blois")).QueryAsync(
            "{ forumSearch(text: \"Révolution\", first: 1) { totalCount } }");
        Assert.True(expected > 0);
        Assert.Equal(expected, found["forumSearch"]!["totalCount"]!.GetValue<int>());
    }

    [SkippableFact]
    public async Task Two_schools_out_of_three_open_their_forum_to_families_and_configured_schools_are_kept()
    {
        var directory = SyntheticDirectories.Generate($"forum-{Guid.NewGuid():N}", schools: 4, pupilsPerSchool: 30, seed: 3);
        var generator = new ForumSyntheticDataGenerator(new StoreFactory(Host));

        await generator.GenerateAsync(new SyntheticDataContext(directory, Seed: 3, new SynchronousProgress(_ => { })), CancellationToken.None);

        await using (var db = Host.CreateStore())
        {
            var open = await db.SchoolSettings.Where(s => s.TenantId == directory.TenantId).ToDictionaryAsync(s => s.SchoolId, s => s.RelativesCanRead);
            Assert.Equal([true, true, false, true], directory.Schools.Select(school => open[school.Id]));
        }

        // Generating again over a tenant whose schools have settings leaves them as they are.
        await using (var db = Host.CreateStore())
        {
            var first = await db.SchoolSettings.SingleAsync(s => s.SchoolId == directory.Schools[0].Id);
            first.RelativesCanRead = false;
            await db.SaveChangesAsync();
        }

        await generator.GenerateAsync(new SyntheticDataContext(directory, Seed: 4, new SynchronousProgress(_ => { })), CancellationToken.None);

        await using (var db = Host.CreateStore())
        {
            Assert.False(await db.SchoolSettings.Where(s => s.SchoolId == directory.Schools[0].Id).Select(s => s.RelativesCanRead).SingleAsync());
            Assert.Equal(4, await db.SchoolSettings.CountAsync(s => s.TenantId == directory.TenantId));
        }
    }

    private async Task<SyntheticDirectory> DemoDirectoryAsync()
    {
        await using var db = Host.CreateStore();
        var directory = new SyntheticDirectory { TenantId = DemoPeople.Tenant };
        directory.Schools.AddRange(await db.Set<School>().Where(s => s.TenantId == DemoPeople.Tenant).ToListAsync());
        directory.Classes.AddRange(await db.Set<SchoolClass>().Where(c => c.TenantId == DemoPeople.Tenant).ToListAsync());
        directory.Enrollments.AddRange(await db.Set<ClassEnrollment>().Where(e => e.TenantId == DemoPeople.Tenant).ToListAsync());
        directory.Assignments.AddRange(await db.Set<TeachingAssignment>().Where(a => a.TenantId == DemoPeople.Tenant).ToListAsync());
        directory.Profiles.AddRange(await db.Set<Profile>().Where(p => p.TenantId == DemoPeople.Tenant).ToListAsync());
        return directory;
    }

    private sealed class StoreFactory(ForumHost host) : IDbContextFactory<ForumDbContext>
    {
        public ForumDbContext CreateDbContext() => host.CreateStore();
    }

    private sealed class SynchronousProgress(Action<SyntheticProgress> report) : IProgress<SyntheticProgress>
    {
        public void Report(SyntheticProgress value) => report(value);
    }
}

[Collection(SqliteHost.Name)]
public sealed class ForumSyntheticDataGeneratorTestsOnSqlite(ForumHostFixture<Sqlite> fixture) : ForumSyntheticDataGeneratorTests<Sqlite>(fixture);

[Collection(PostgreSqlHost.Name)]
public sealed class ForumSyntheticDataGeneratorTestsOnPostgreSql(ForumHostFixture<PostgreSql> fixture) : ForumSyntheticDataGeneratorTests<PostgreSql>(fixture);
