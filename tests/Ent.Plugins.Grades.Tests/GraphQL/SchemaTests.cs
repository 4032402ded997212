using System.Text.Json.Nodes;
using Ent.Plugins.Grades.Tests.Infrastructure;
using Ent.Testing;
using Xunit;

namespace Ent.Plugins.Grades.Tests.GraphQL;

public abstract class SchemaTests<TEngine>(GradesHostFixture<TEngine> fixture) : IClassFixture<GradesHostFixture<TEngine>>
    where TEngine : IDatabaseEngine
{
    private const string PersonFields = """{ __type(name: "Person") { fields { name } } mutation: __type(name: "Mutation") { fields { name } } bouquet { id } }""";

    [SkippableFact]
    public async Task The_grades_plugin_is_in_the_default_bouquet_and_extends_the_core_types()
    {
        using var client = fixture.Host.ClientFor(fixture.World.ParentOfOne.Id);

        var data = await client.DataAsync(PersonFields);

        Assert.Contains("grades", Names(data["bouquet"], "id"));
        Assert.Superset(new HashSet<string> { "marks", "averages", "reportCard", "evaluations" }, Names(data["__type"]!["fields"], "name").ToHashSet());
        Assert.Contains("enterMarks", Names(data["mutation"]!["fields"], "name"));
    }

    [SkippableFact]
    public async Task Switching_grades_off_for_a_tenant_removes_its_fields_and_leaves_the_rest_working()
    {
        using var client = fixture.Host.ClientFor(fixture.World.ParentWithoutGrades.Id, tenant: GradesTestHost.TenantWithoutGrades);

        var schema = await client.PostAsync(PersonFields);
        var me = await client.PostAsync("{ me { displayName children { displayName } } }");
        var marks = await client.PostAsync("{ me { marks { totalCount } } }");

        Assert.Equal(["absences"], Names(schema["data"]!["bouquet"], "id"));
        Assert.DoesNotContain("marks", Names(schema["data"]!["__type"]!["fields"], "name"));
        Assert.DoesNotContain("enterMarks", Names(schema["data"]!["mutation"]?["fields"], "name"));
        Assert.True(me["errors"] is null, me.ToJsonString());
        Assert.Equal("Nina Sans-Notes", me["data"]!["me"]!["displayName"]!.GetValue<string>());
        Assert.Equal("E1 Élève-E1", me["data"]!["me"]!["children"]![0]!["displayName"]!.GetValue<string>());
        Assert.Contains("Cannot query field 'marks'", marks["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Grades_fields_need_the_grades_scope()
    {
        using var client = fixture.Host.ClientFor(fixture.World.ParentOfOne.Id, scopes: "openid profile");

        var result = await client.PostAsync("{ me { displayName marks { totalCount } } }");

        Assert.Equal("FORBIDDEN", result["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task Anonymous_requests_cannot_read_evaluations()
    {
        using var client = fixture.Host.ClientFor(null);

        var result = await client.PostAsync("{ evaluations { totalCount } }");

        Assert.Equal("UNAUTHENTICATED", result["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    private static IEnumerable<string> Names(JsonNode? list, string field) =>
        list is JsonArray array ? array.Select(item => item![field]!.GetValue<string>()) : [];
}

public sealed class SchemaTestsOnSqlite(GradesHostFixture<Sqlite> fixture) : SchemaTests<Sqlite>(fixture);

public sealed class SchemaTestsOnPostgreSql(GradesHostFixture<PostgreSql> fixture) : SchemaTests<PostgreSql>(fixture);
