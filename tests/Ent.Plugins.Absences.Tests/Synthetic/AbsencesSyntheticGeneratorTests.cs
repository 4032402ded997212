using Ent.Plugins.Absences.Data;
using Ent.Plugins.Absences.Domain;
using Ent.Plugins.Absences.Synthetic;
using Ent.Plugins.Absences.Tests.Infrastructure;
using Ent.Synthetic;
using Ent.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Ent.Plugins.Absences.Tests.Synthetic;

// Two collèges of a generated tenant, written once per engine on Saturday 28 November 2026 beside the test tenant.
public abstract class AbsencesSyntheticGeneratorTests<TEngine>(AbsencesHostFixture<TEngine> host) : IClassFixture<AbsencesHostFixture<TEngine>>
    where TEngine : IDatabaseEngine
{
    private const string Tenant = "synthetic";
    private static readonly SyntheticDirectory Directory = SyntheticDirectories.Generate(Tenant, 2, 150, 3);
    private static readonly List<SyntheticProgress> Progress = [];

    [SkippableFact]
    public async Task Writes_the_school_year_up_to_yesterday_and_reports_each_table()
    {
        await GenerateOnceAsync();
        await using var db = host.CreateStore();

        var rollCalls = await db.RollCalls.AsNoTracking().Where(r => r.TenantId == Tenant).ToListAsync();
        Assert.Equal(new DateTime(2026, 9, 1), rollCalls.Min(r => r.StartsAt).Date);
        Assert.Equal(new DateTime(2026, 11, 27), rollCalls.Max(r => r.StartsAt).Date);
        Assert.Equal(10, await db.Reasons.CountAsync(r => r.TenantId == Tenant));
        Assert.True(await db.Alerts.AnyAsync(a => a.TenantId == Tenant));
        Assert.Contains(Progress, p => p is { Source: "absences", What: "events" } && p.Count == db.Events.Count(e => e.TenantId == Tenant));
        Assert.Contains(Progress, p => p is { Source: "absences", What: "roll calls" } && p.Count == rollCalls.Count);
        Assert.Contains(Progress, p => p.What == "events (2/2 schools)");
    }

    [SkippableFact]
    public async Task Roll_calls_events_and_justifications_hold_together()
    {
        await GenerateOnceAsync();
        await using var db = host.CreateStore();

        var orphanEvents = await db.Events.CountAsync(e => e.TenantId == Tenant && e.RollCallId != null && !db.RollCalls.Any(r => r.Id == e.RollCallId));
        var eventsWithoutHistory = await db.Events.CountAsync(e => e.TenantId == Tenant && e.State != null && !db.StateChanges.Any(c => c.EventId == e.Id));
        var pupilsTwiceAtOnce = await db.Events.Where(e => e.TenantId == Tenant && e.RollCallId != null)
            .GroupBy(e => new { e.StudentId, e.StartsAt }).CountAsync(g => g.Count() > 1);
        var teachersTwiceAtOnce = await db.RollCalls.Where(r => r.TenantId == Tenant)
            .GroupBy(r => new { r.TeacherId, r.StartsAt }).CountAsync(g => g.Count() > 1);
        var statuses = await db.Justifications.Where(j => j.TenantId == Tenant).Select(j => j.Status).Distinct().ToListAsync();

        Assert.Equal(0, orphanEvents);
        Assert.Equal(0, eventsWithoutHistory);
        Assert.Equal(0, pupilsTwiceAtOnce);
        Assert.Equal(0, teachersTwiceAtOnce);
        Assert.Equal([JustificationStatus.Pending, JustificationStatus.Accepted, JustificationStatus.Refused], statuses.Order());
    }

    private async Task GenerateOnceAsync()
    {
        await using var db = host.CreateStore();
        if (await db.Reasons.AnyAsync(r => r.TenantId == Tenant))
        {
            return;
        }

        var clock = new TestClock(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.FromHours(1)));
        var generator = new AbsencesSyntheticGenerator(new PooledDbContextFactory<AbsencesDbContext>(host.StoreOptions()), clock);
        await generator.GenerateAsync(new SyntheticDataContext(Directory, 42, new ListProgress(Progress)), CancellationToken.None);
    }

    private sealed class ListProgress(List<SyntheticProgress> reports) : IProgress<SyntheticProgress>
    {
        public void Report(SyntheticProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}

public sealed class AbsencesSyntheticGeneratorTestsOnSqlite(AbsencesHostFixture<Sqlite> host) : AbsencesSyntheticGeneratorTests<Sqlite>(host);

public sealed class AbsencesSyntheticGeneratorTestsOnPostgreSql(AbsencesHostFixture<PostgreSql> host) : AbsencesSyntheticGeneratorTests<PostgreSql>(host);
