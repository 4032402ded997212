using System.Text.Json.Nodes;
using Ent.Directory;
using Ent.Testing;

namespace Ent.Host.Tests.Directory.GraphQL;

/// <summary>A class's periods and current period, on the demo tenant, loaded for every class of a list at once.</summary>
public abstract class ClassPeriodsTests<TEngine>(DemoHostFixture<TEngine> fixture) : IClassFixture<DemoHostFixture<TEngine>>
    where TEngine : IDatabaseEngine
{
    // The demo collèges' trimesters (src/Ent.Host/Demo/DemoDirectory.cs).
    private static readonly (string Name, DateOnly Start)[] Trimesters =
        [("Trimestre 1", new(2026, 9, 1)), ("Trimestre 2", new(2026, 12, 1)), ("Trimestre 3", new(2027, 3, 8))];

    [SkippableFact]
    public async Task Each_childs_class_has_its_schools_trimesters_in_order_and_the_one_in_progress()
    {
        var today = SchoolCalendar.Today(TimeProvider.System);
        var expectedCurrent = Trimesters.LastOrDefault(t => t.Start <= today).Name;

        var response = await AsAsync("parent.moreau", "{ me { children { classes { name periods { name startDate } currentPeriod { name } } } } }");

        Assert.Null(response["errors"]);
        var classes = response["data"]!["me"]!["children"]!.AsArray().SelectMany(child => child!["classes"]!.AsArray()).ToList();
        Assert.Equal(2, classes.Count);
        Assert.All(classes, schoolClass =>
        {
            Assert.Equal(Trimesters.Select(t => t.Name), schoolClass!["periods"]!.AsArray().Select(p => (string)p!["name"]!));
            Assert.Equal(expectedCurrent, (string?)schoolClass["currentPeriod"]?["name"]);
        });
    }

    [SkippableFact]
    public async Task The_periods_of_every_class_of_a_list_cost_one_statement()
    {
        var without = await CountStatementsAsync("parent.moreau", "{ me { children { classes { name } } } }");
        var with = await CountStatementsAsync("parent.moreau", "{ me { children { classes { name periods { name } currentPeriod { name } } } } }");

        // Two classes in two schools: their periods and current periods come from one statement.
        Assert.Equal(without + 1, with);
    }

    private async Task<int> CountStatementsAsync(string login, string query)
    {
        using var counter = new SqlStatementCounter(fixture.Host);
        var response = await AsAsync(login, query);
        Assert.Null(response["errors"]);
        return counter.Count;
    }

    private Task<JsonObject> AsAsync(string login, string query) =>
        fixture.Host.CreateClient().PostGraphQLAsync(query, null, DemoPeople.Tenant, fixture.Host.IssueAccessToken(DemoPeople.Id(login), []));
}

public sealed class ClassPeriodsTestsOnSqlite(DemoHostFixture<Sqlite> fixture) : ClassPeriodsTests<Sqlite>(fixture);

public sealed class ClassPeriodsTestsOnPostgreSql(DemoHostFixture<PostgreSql> fixture) : ClassPeriodsTests<PostgreSql>(fixture);
