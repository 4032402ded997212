using System.Text.Json.Nodes;
using Ent.Plugins.Absences.Data;
using Ent.Plugins.Absences.Demo;
using Ent.Plugins.Absences.Domain;
using Ent.Plugins.Absences.Tests.Infrastructure;
using Ent.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using static Ent.Plugins.Absences.Tests.Infrastructure.TestDirectory;

namespace Ent.Plugins.Absences.Tests.Demo;

// The demo tenant as the host seeds it on a fresh embedded database, seen by the demo accounts.
public abstract class AbsencesDemoSeederTests<TEngine>(AbsencesDemoHostFixture<TEngine> host) : IClassFixture<AbsencesDemoHostFixture<TEngine>>
    where TEngine : IDatabaseEngine
{
    private const string Blois = "0410001A";
    private const string Vendome = "0410002B";

    [SkippableFact]
    public async Task Blois_has_three_weeks_of_roll_calls_for_every_class_reasons_decided_and_pending_justifications_and_an_alert()
    {
        var result = await host.ExecuteAsync(DemoPeople.Id("cpe.blois"), """
            query($school: ID!) {
              node(id: $school) { ... on School {
                absenceReasons { code countsAsValid } absenceSettings { isDefault }
                absenceAlerts { nodes { threshold windowStart unjustifiedHalfDays } }
                classes { nodes { code rollCalls(first: 1) { totalCount nodes { date } } rollCallsOfFirstWeek: rollCalls(where: { to: "2026-11-13" }) { totalCount } } } } }
              justifications { nodes { status reason { code } events { kind } } } }
            """, new { school = Id("School", DemoPeople.School(Blois)) });

        Assert.Null(result["errors"]);
        var school = result["data"]!["node"]!;
        Assert.Equal(["MALADIE", "RDV_MEDICAL", "FAMILLE", "TRANSPORT", "CONVENANCE"], school["absenceReasons"]!.AsArray().Select(r => r!["code"]!.GetValue<string>()));
        Assert.True(school["absenceSettings"]!["isDefault"]!.GetValue<bool>());
        var alert = Assert.Single(school["absenceAlerts"]!["nodes"]!.AsArray());
        Assert.Equal("2026-11-01", alert!["windowStart"]!.GetValue<string>());
        Assert.Equal(4, alert["threshold"]!.GetValue<int>());

        var classes = school["classes"]!["nodes"]!.AsArray();
        Assert.Equal(3, classes.Count);
        foreach (var schoolClass in classes)
        {
            // About 21 lessons a week, but none on Wednesday 11 November (Armistice).
            Assert.InRange(schoolClass!["rollCalls"]!["totalCount"]!.GetValue<int>(), 55, 66);
            Assert.Equal("2026-11-27", schoolClass["rollCalls"]!["nodes"]![0]!["date"]!.GetValue<string>());
            Assert.InRange(schoolClass["rollCallsOfFirstWeek"]!["totalCount"]!.GetValue<int>(), 15, 21);
        }

        var statuses = result["data"]!["justifications"]!["nodes"]!.AsArray().Select(j => j!["status"]!.GetValue<string>()).ToList();
        Assert.Contains("ACCEPTED", statuses);
        Assert.Contains("REFUSED", statuses);
        Assert.Contains("PENDING", statuses);
    }

    [SkippableFact]
    public async Task The_family_in_both_colleges_sees_justified_and_pending_absences_of_each_child()
    {
        var result = await host.ExecuteAsync(DemoPeople.Id("parent.moreau"), """
            { me { children { absenceEvents { nodes { kind justificationState school { uai } } } } } }
            """);

        Assert.Null(result["errors"]);
        var children = result["data"]!["me"]!["children"]!.AsArray();
        Assert.Equal(2, children.Count);
        var events = children.SelectMany(c => c!["absenceEvents"]!["nodes"]!.AsArray()).ToList();
        Assert.Contains(events, e => e!["school"]!["uai"]!.GetValue<string>() == Blois && e["justificationState"]!.GetValue<string>() == "JUSTIFIED");
        Assert.Contains(events, e => e!["school"]!["uai"]!.GetValue<string>() == Vendome && e["justificationState"]!.GetValue<string>() == "JUSTIFICATION_PENDING");
        Assert.Contains(events, e => e!["kind"]!.GetValue<string>() == "LATENESS");
    }

    [SkippableFact]
    public async Task Vendome_watches_a_second_threshold_and_its_teachers_see_their_roll_calls()
    {
        var staff = await host.ExecuteAsync(DemoPeople.Id("cpe.vendome"), """
            query($school: ID!) { node(id: $school) { ... on School { absenceSettings { isDefault thresholds { unjustifiedHalfDays } } absenceAlerts { totalCount } } } }
            """, new { school = Id("School", DemoPeople.School(Vendome)) });
        var teacher = await host.ExecuteAsync(DemoPeople.Id("prof.maths.blois"), "{ rollCalls(where: { mine: true }, first: 1) { totalCount nodes { subject { code } } } }");

        Assert.Null(staff["errors"]);
        Assert.False(staff["data"]!["node"]!["absenceSettings"]!["isDefault"]!.GetValue<bool>());
        Assert.Equal("[{\"unjustifiedHalfDays\":4},{\"unjustifiedHalfDays\":8}]", staff["data"]!["node"]!["absenceSettings"]!["thresholds"].Text());
        Assert.Equal(1, staff["data"]!["node"]!["absenceAlerts"]!["totalCount"]!.GetValue<int>());
        Assert.Null(teacher["errors"]);
        Assert.InRange(teacher["data"]!["rollCalls"]!["totalCount"]!.GetValue<int>(), 30, 40);
        Assert.Equal("MATHS", teacher["data"]!["rollCalls"]!["nodes"]![0]!["subject"]!["code"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task Every_roll_call_keeps_its_recordings_and_its_events_match_the_latest()
    {
        await using var db = host.CreateStore();
        var rollCalls = await db.RollCalls.AsNoTracking().Where(r => r.TenantId == DemoPeople.Tenant).ToListAsync();
        var revisions = (await db.RollCallRevisions.AsNoTracking().ToListAsync()).ToLookup(v => v.RollCallId);
        var marks = (await db.Set<RollCallMark>().AsNoTracking().ToListAsync()).ToLookup(m => m.RevisionId);
        var events = (await db.Events.AsNoTracking().Where(e => e.RollCallId != null).ToListAsync()).ToLookup(e => e.RollCallId!.Value);

        Assert.NotEmpty(rollCalls);
        Assert.Contains(rollCalls, r => r.Revision == 2);
        foreach (var rollCall in rollCalls)
        {
            Assert.Equal(Enumerable.Range(1, rollCall.Revision), revisions[rollCall.Id].Select(v => v.Number).Order());
            var latest = revisions[rollCall.Id].Single(v => v.Number == rollCall.Revision);
            Assert.Equal(
                marks[latest.Id].Select(m => (m.StudentId, m.Kind, m.LateMinutes)).Order(),
                events[rollCall.Id].Select(e => (e.StudentId, e.Kind, e.LateMinutes)).Order());
        }
    }

    [SkippableFact]
    public async Task Seeding_again_leaves_the_tenant_as_it_is()
    {
        await using var db = host.CreateStore();
        var before = await db.Events.CountAsync();
        var factory = new PooledDbContextFactory<AbsencesDbContext>(host.StoreOptions());

        await new AbsencesDemoSeeder(factory, host.Clock).SeedAsync(DemoPeople.Tenant, CancellationToken.None);

        Assert.True(before > 0);
        Assert.Equal(before, await db.Events.CountAsync());
    }
}

public sealed class AbsencesDemoSeederTestsOnSqlite(AbsencesDemoHostFixture<Sqlite> host) : AbsencesDemoSeederTests<Sqlite>(host);

public sealed class AbsencesDemoSeederTestsOnPostgreSql(AbsencesDemoHostFixture<PostgreSql> host) : AbsencesDemoSeederTests<PostgreSql>(host);
