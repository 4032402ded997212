using Ent.Directory;
using Ent.Plugins.Grades.Tests.Infrastructure;
using Ent.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Ent.Plugins.Grades.Tests.Demo;

/// <summary>A host that seeds the demo directory, then the grades demo data, into its default tenant.</summary>
public class DemoFixture<TEngine> : GradesHostFixture<TEngine>
    where TEngine : IDatabaseEngine
{
    protected override void Configure(EntTestHostOptions options)
    {
        base.Configure(options);
        options.Settings["Ent:Demo:Seed"] = "true";
    }
}

public abstract class GradesDemoDataTests<TEngine>(DemoFixture<TEngine> fixture) : IClassFixture<DemoFixture<TEngine>>
    where TEngine : IDatabaseEngine
{
    [SkippableFact]
    public async Task The_demo_tenant_has_published_and_unpublished_evaluations_with_marks()
    {
        var evaluations = await fixture.Host.ReadAsync(db => db.Evaluations
            .Where(e => e.TenantId == GradesTestHost.Tenant)
            .Select(e => new { IsPublished = e.PublishAt != null, Marks = e.Marks.Count })
            .ToListAsync());

        Assert.Contains(evaluations, e => e.IsPublished && e.Marks > 0);
        Assert.Contains(evaluations, e => !e.IsPublished && e.Marks > 0);
    }

    [SkippableFact]
    public async Task The_demo_parent_sees_marks_and_averages_for_each_child()
    {
        var parent = await fixture.Host.ReadAsync(db => db.Set<Person>().SingleAsync(p => p.ExternalId == "parent.moreau"));
        using var client = fixture.Host.ClientFor(parent.Id);

        var data = await client.DataAsync("{ me { children { marks { totalCount nodes { evaluation { isPublished } } } averages { period { name } overallAverage } } } }");

        var children = data["me"]!["children"]!.AsArray();
        Assert.Equal(2, children.Count);
        Assert.All(children, child =>
        {
            Assert.True(child!["marks"]!["totalCount"]!.GetValue<int>() > 0);
            Assert.All(child["marks"]!["nodes"]!.AsArray(), mark => Assert.True(mark!["evaluation"]!["isPublished"]!.GetValue<bool>()));
            Assert.Equal("Trimestre 1", child["averages"]!["period"]!["name"]!.GetValue<string>());
            Assert.NotNull(child["averages"]!["overallAverage"]);
        });
    }
}

public sealed class GradesDemoDataTestsOnSqlite(DemoFixture<Sqlite> fixture) : GradesDemoDataTests<Sqlite>(fixture);

public sealed class GradesDemoDataTestsOnPostgreSql(DemoFixture<PostgreSql> fixture) : GradesDemoDataTests<PostgreSql>(fixture);
