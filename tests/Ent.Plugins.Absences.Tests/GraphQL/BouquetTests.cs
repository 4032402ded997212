using Ent.Plugins.Absences.Tests.Infrastructure;
using Ent.Testing;
using static Ent.Plugins.Absences.Tests.Infrastructure.TestDirectory;

namespace Ent.Plugins.Absences.Tests.GraphQL;

/// <summary>A host whose tenant's bouquet holds the absences plugin alone, whatever other plugins are installed.</summary>
/// <typeparam name="TEngine">The database engine.</typeparam>
public sealed class AbsencesAloneHostFixture<TEngine> : AbsencesHostFixture<TEngine>
    where TEngine : IDatabaseEngine
{
    protected override void Configure(EntTestHostOptions options)
    {
        base.Configure(options);
        options.Settings[$"Ent:Tenancy:Tenants:{Tenant}:Bouquet:0"] = "absences";
    }
}

/// <summary>A host whose tenant's bouquet holds the absences and grades plugins, as a collège's usual services.</summary>
/// <typeparam name="TEngine">The database engine.</typeparam>
public sealed class AbsencesWithGradesHostFixture<TEngine> : AbsencesHostFixture<TEngine>
    where TEngine : IDatabaseEngine
{
    protected override void Configure(EntTestHostOptions options)
    {
        base.Configure(options);
        options.Settings[$"Ent:Tenancy:Tenants:{Tenant}:Bouquet:0"] = "absences";
        options.Settings[$"Ent:Tenancy:Tenants:{Tenant}:Bouquet:1"] = "grades";
    }
}

// The plugin needs no other: its schema and its fields on the core types work in a bouquet of its own.
public abstract class AbsencesAloneTests<TEngine>(AbsencesAloneHostFixture<TEngine> host) : IClassFixture<AbsencesAloneHostFixture<TEngine>>
    where TEngine : IDatabaseEngine
{
    private TestDirectory D => host.Directory;

    [SkippableFact]
    public async Task The_bouquet_holds_the_absences_plugin_alone_and_its_schema_is_whole()
    {
        var result = await host.ExecuteAsync(D.Cpe, """
            { bouquet { id } mutation: __type(name: "Mutation") { fields { name } } query: __type(name: "Query") { fields { name } }
              cls: __type(name: "Class") { fields { name } } }
            """);

        Assert.Null(result["errors"]);
        Assert.Equal("""[{"id":"absences"}]""", result["data"]!["bouquet"].Text());
        var mutations = result["data"]!["mutation"]!["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()).ToList();
        Assert.Subset(mutations.ToHashSet(), new HashSet<string> { "recordRollCall", "recordAbsenceEvent", "submitJustification", "decideJustification", "saveAbsenceReason", "updateAbsenceSettings" });
        Assert.DoesNotContain(mutations, m => m.Contains("Resource", StringComparison.Ordinal));
        Assert.DoesNotContain("createEvaluation", mutations);
        Assert.Contains("rollCalls", result["data"]!["query"]!["fields"].Text());
        Assert.Contains("absenceStatistics", result["data"]!["cls"]!["fields"].Text());
    }

    [SkippableFact]
    public async Task A_roll_call_is_recorded_then_read_through_the_core_types()
    {
        var recorded = await host.ExecuteAsync(D.Teacher, """
            mutation($input: RecordRollCallInput!) { recordRollCall(input: $input) { errors { code } } }
            """, new
        {
            input = new
            {
                classId = Id("Class", D.Class), subjectId = Id("Subject", D.Maths), date = "2026-01-12", startTime = "08:00:00", endTime = "09:00:00",
                absentStudentIds = new[] { Id("Person", D.Students[0]) }, late = Array.Empty<object>(),
            },
        });
        Assert.Equal("[]", recorded["data"]!["recordRollCall"]!["errors"].Text());

        var read = await host.ExecuteAsync(D.Cpe, """
            query($class: ID!, $student: ID!) {
              cls: node(id: $class) { ... on Class { rollCalls { totalCount nodes { teacher { lastName } events { kind } } } } }
              pupil: node(id: $student) { ... on Person { absenceCounts { halfDays hours } absenceEvents { totalCount } } } }
            """, new { @class = Id("Class", D.Class), student = Id("Person", D.Students[0]) });

        Assert.Null(read["errors"]);
        Assert.Equal(1, read["data"]!["cls"]!["rollCalls"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("Prof", read["data"]!["cls"]!["rollCalls"]!["nodes"]![0]!["teacher"]!["lastName"]!.GetValue<string>());
        Assert.Equal("""{"halfDays":1,"hours":1}""", read["data"]!["pupil"]!["absenceCounts"].Text());
        Assert.Equal(1, read["data"]!["pupil"]!["absenceEvents"]!["totalCount"]!.GetValue<int>());
    }
}

// Beside the grades plugin, both extend the same core types and one query reads both.
public abstract class AbsencesWithGradesTests<TEngine>(AbsencesWithGradesHostFixture<TEngine> host) : IClassFixture<AbsencesWithGradesHostFixture<TEngine>>
    where TEngine : IDatabaseEngine
{
    private const string Scopes = "absences:read absences:write grades:read grades:write";

    private TestDirectory D => host.Directory;

    [SkippableFact]
    public async Task Both_plugins_are_in_the_bouquet_and_one_query_reads_their_fields_on_a_class_and_a_pupil()
    {
        var recorded = await host.ExecuteAsync(D.Teacher, """
            mutation($input: RecordRollCallInput!) { recordRollCall(input: $input) { errors { code } } }
            """, new
        {
            input = new
            {
                classId = Id("Class", D.Class), subjectId = Id("Subject", D.Maths), date = "2026-01-12", startTime = "09:00:00", endTime = "10:00:00",
                absentStudentIds = new[] { Id("Person", D.Students[1]) }, late = Array.Empty<object>(),
            },
        }, Scopes);
        Assert.Equal("[]", recorded["data"]!["recordRollCall"]!["errors"].Text());

        var result = await host.ExecuteAsync(D.Cpe, """
            query($class: ID!, $student: ID!) {
              bouquet { id }
              mutation: __type(name: "Mutation") { fields { name } }
              cls: node(id: $class) { ... on Class { rollCalls { totalCount } evaluations { totalCount } } }
              pupil: node(id: $student) { ... on Person { absenceCounts { halfDays } marks { totalCount } } } }
            """, new { @class = Id("Class", D.Class), student = Id("Person", D.Students[1]) }, Scopes);

        Assert.Null(result["errors"]);
        Assert.Equal("""[{"id":"absences"},{"id":"grades"}]""", result["data"]!["bouquet"].Text());
        Assert.Contains("recordRollCall", result["data"]!["mutation"].Text());
        Assert.Contains("createEvaluation", result["data"]!["mutation"].Text());
        Assert.Equal(1, result["data"]!["cls"]!["rollCalls"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, result["data"]!["cls"]!["evaluations"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(1, result["data"]!["pupil"]!["absenceCounts"]!["halfDays"]!.GetValue<int>());
        Assert.Equal(0, result["data"]!["pupil"]!["marks"]!["totalCount"]!.GetValue<int>());
    }
}

public sealed class AbsencesWithGradesTestsOnSqlite(AbsencesWithGradesHostFixture<Sqlite> host) : AbsencesWithGradesTests<Sqlite>(host);

public sealed class AbsencesWithGradesTestsOnPostgreSql(AbsencesWithGradesHostFixture<PostgreSql> host) : AbsencesWithGradesTests<PostgreSql>(host);

public sealed class AbsencesAloneTestsOnSqlite(AbsencesAloneHostFixture<Sqlite> host) : AbsencesAloneTests<Sqlite>(host);

public sealed class AbsencesAloneTestsOnPostgreSql(AbsencesAloneHostFixture<PostgreSql> host) : AbsencesAloneTests<PostgreSql>(host);
