using Ent.Directory;
using Ent.Plugins.Grades.Data;
using Ent.Plugins.Grades.Synthetic;
using Ent.Plugins.Grades.Tests.Infrastructure;
using Ent.Synthetic;
using Ent.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Ent.Plugins.Grades.Tests.Synthetic;

public abstract class GradesSyntheticDataTests<TEngine>(GradesHostFixture<TEngine> fixture) : IClassFixture<GradesHostFixture<TEngine>>
    where TEngine : IDatabaseEngine
{
    [SkippableFact]
    public async Task Every_taught_class_and_group_gets_marked_evaluations_in_each_of_its_periods()
    {
        var host = fixture.Host;
        var directory = await host.ReadAsync(async db =>
        {
            var tenant = GradesTestHost.Tenant;
            var synthetic = new SyntheticDirectory { TenantId = tenant };
            synthetic.Periods.AddRange(await db.Set<Period>().Where(p => p.TenantId == tenant).ToListAsync());
            synthetic.Assignments.AddRange(await db.Set<TeachingAssignment>().Where(a => a.TenantId == tenant).ToListAsync());
            synthetic.Enrollments.AddRange(await db.Set<ClassEnrollment>().Where(e => e.TenantId == tenant).ToListAsync());
            synthetic.Memberships.AddRange(await db.Set<GroupMembership>().Where(m => m.TenantId == tenant).ToListAsync());
            return synthetic;
        });
        var progress = new List<SyntheticProgress>();

        await new GradesSyntheticData(new StoreFactory(host)).GenerateAsync(new SyntheticDataContext(directory, 7, new Progress(progress)), CancellationToken.None);

        var periodsOf = (Guid school) => directory.Periods.Count(p => p.SchoolId == school);
        var expectedEvaluations = directory.Assignments.Sum(a => periodsOf(a.SchoolId)) * GradesSyntheticData.EvaluationsPerPeriod;
        var counts = await host.ReadAsync(async db => (
            Evaluations: await db.Evaluations.CountAsync(e => e.TenantId == GradesTestHost.Tenant),
            Drafts: await db.Evaluations.CountAsync(e => e.TenantId == GradesTestHost.Tenant && e.PublishAt == null),
            Marks: await db.Marks.CountAsync(m => m.TenantId == GradesTestHost.Tenant)));
        Assert.Equal(expectedEvaluations, counts.Evaluations);
        Assert.Equal(expectedEvaluations / GradesSyntheticData.EvaluationsPerPeriod, counts.Drafts);
        Assert.Equal(expectedEvaluations, progress.Single(p => p.What == "evaluations").Count);
        Assert.Equal(counts.Marks, progress.Single(p => p.What == "marks").Count);
        Assert.True(counts.Marks > expectedEvaluations);
    }

    private sealed class StoreFactory(GradesTestHost host) : IDbContextFactory<GradesDbContext>
    {
        public GradesDbContext CreateDbContext() => host.CreateStore();
    }

    private sealed class Progress(List<SyntheticProgress> reports) : IProgress<SyntheticProgress>
    {
        public void Report(SyntheticProgress value) => reports.Add(value);
    }
}

public sealed class GradesSyntheticDataTestsOnSqlite(GradesHostFixture<Sqlite> fixture) : GradesSyntheticDataTests<Sqlite>(fixture);

public sealed class GradesSyntheticDataTestsOnPostgreSql(GradesHostFixture<PostgreSql> fixture) : GradesSyntheticDataTests<PostgreSql>(fixture);
