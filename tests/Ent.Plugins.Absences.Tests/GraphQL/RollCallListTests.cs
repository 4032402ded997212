using System.Text.Json.Nodes;
using Ent.Plugins.Absences.Tests.Infrastructure;
using Ent.Testing;
using static Ent.Plugins.Absences.Tests.Infrastructure.TestDirectory;

namespace Ent.Plugins.Absences.Tests.GraphQL;

// Lists of classes, groups and schools with what the plugin adds to them: their fields load in batches.
public abstract class RollCallListTests<TEngine>(AbsencesHostFixture<TEngine> host) : IClassFixture<AbsencesHostFixture<TEngine>>
    where TEngine : IDatabaseEngine
{
    private const string SchoolQuery = """
        query($school: ID!, $classes: Int!) { node(id: $school) { ... on School {
          absenceReasons { code } absenceSettings { isDefault thresholds { unjustifiedHalfDays } }
          absenceAlerts(first: 3) { totalCount nodes { student { lastName } } }
          classes(first: $classes) { nodes { name
            rollCalls(first: 2) { totalCount pageInfo { hasNextPage }
              nodes { date subject { name } teacher { lastName } events { kind student { lastName } }
                history { number recordedBy { lastName } marks { kind student { firstName } } } } }
            absenceStatistics { totals { halfDays latenesses } students { student { firstName } counts { halfDays } } } } } } } }
        """;

    private const string RecordRollCall = """
        mutation($input: RecordRollCallInput!) { recordRollCall(input: $input) { errors { code field } } }
        """;

    private TestDirectory D => host.Directory;

    [SkippableFact]
    public async Task A_list_of_classes_with_their_roll_calls_takes_the_same_statements_whatever_the_number_of_classes()
    {
        await RecordLessonsAsync();
        async Task<(long Statements, JsonArray Classes)> MeasureAsync(int classes)
        {
            JsonNode? result = null;
            var statements = await host.CountStatementsAsync(async () => result = await host.ExecuteAsync(D.Cpe, SchoolQuery, new { school = Id("School", D.School), classes }));
            Assert.Null(result!["errors"]);
            return (statements, result["data"]!["node"]!["classes"]!["nodes"]!.AsArray());
        }

        var one = await MeasureAsync(1);
        var five = await MeasureAsync(5);

        Assert.Single(one.Classes);
        Assert.Equal(5, five.Classes.Count);
        foreach (var schoolClass in five.Classes)
        {
            var rollCalls = schoolClass!["rollCalls"]!;
            Assert.Equal(3, rollCalls["totalCount"]!.GetValue<int>());
            Assert.True(rollCalls["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
            Assert.Equal(["2025-12-10", "2025-12-09"], rollCalls["nodes"]!.AsArray().Select(r => r!["date"]!.GetValue<string>()));
            Assert.Equal(2, rollCalls["nodes"]![0]!["events"]!.AsArray().Count);
            Assert.Equal(2, schoolClass["absenceStatistics"]!["totals"]!["latenesses"]!.GetValue<int>());
        }

        // The viewer, the school and its fields, the classes' page, then one batch per field of each level
        // (21 today); without batching, each class would add several.
        Assert.Equal(one.Statements, five.Statements);
        Assert.InRange(five.Statements, 1, 25);
    }

    // The first test of the class records the lessons once: three of each class, and one of the Latin group.
    private async Task RecordLessonsAsync()
    {
        if (await RollCallCountAsync(D.ExtraClasses[0]) > 0)
        {
            return;
        }

        (Guid Class, Guid[] Students)[] classes =
        [
            (D.Class, [D.Students[0], D.Students[1]]),
            (D.BigClass, [D.BigClassStudents[0], D.BigClassStudents[1]]),
            .. D.ExtraClasses.Select((c, i) => (c, D.ExtraClassStudents[i])),
        ];
        foreach (var (schoolClass, students) in classes)
        {
            await RecordAsync(Lesson("classId", Id("Class", schoolClass), D.Maths, "2025-12-08", [students[0]], []));
            await RecordAsync(Lesson("classId", Id("Class", schoolClass), D.Maths, "2025-12-09", [], [students[1]]));
            await RecordAsync(Lesson("classId", Id("Class", schoolClass), D.Maths, "2025-12-10", [students[0]], [students[1]]));
        }

        await RecordAsync(Lesson("groupId", Id("TeachingGroup", D.LatinGroup), D.Latin, "2025-12-11", [D.ExtraClassStudents[0][1]], []));
    }

    [SkippableFact]
    public async Task Roll_calls_page_the_same_from_the_first_page_or_from_a_cursor()
    {
        await RecordLessonsAsync();
        const string Query = """
            query($class: ID!, $after: String, $last: Int, $first: Int, $order: RollCallOrder, $filter: RollCallFilter) { node(id: $class) { ... on Class {
              rollCalls(first: $first, after: $after, last: $last, orderBy: $order, where: $filter) {
                totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { date } } } } }
            """;
        async Task<JsonNode> PageAsync(object variables) =>
            (await host.ExecuteAsync(D.Cpe, Query, variables))["data"]!["node"]!["rollCalls"]!;
        static IEnumerable<string> Dates(JsonNode page) => page["nodes"]!.AsArray().Select(r => r!["date"]!.GetValue<string>());
        var schoolClass = Id("Class", D.ExtraClasses[1]);

        var first = await PageAsync(new { @class = schoolClass, first = 2 });
        var next = await PageAsync(new { @class = schoolClass, first = 2, after = first["pageInfo"]!["endCursor"]!.GetValue<string>() });
        var last = await PageAsync(new { @class = schoolClass, last = 1 });
        var oldestFirst = await PageAsync(new { @class = schoolClass, first = 1, order = new { field = "STARTS_AT", direction = "ASC" } });
        var filtered = await PageAsync(new { @class = schoolClass, filter = new { from = "2025-12-09" } });

        Assert.Equal(["2025-12-10", "2025-12-09"], Dates(first));
        Assert.Equal(["2025-12-08"], Dates(next));
        Assert.False(next["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(next["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.Equal(3, next["totalCount"]!.GetValue<int>());
        Assert.Equal(["2025-12-08"], Dates(last));
        Assert.Equal(["2025-12-08"], Dates(oldestFirst));
        Assert.True(oldestFirst["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(["2025-12-10", "2025-12-09"], Dates(filtered));
        Assert.Equal(2, filtered["totalCount"]!.GetValue<int>());
    }

    [SkippableFact]
    public async Task A_group_lists_its_roll_calls_and_bad_paging_arguments_are_refused()
    {
        await RecordLessonsAsync();
        var group = await host.ExecuteAsync(D.Teacher, """
            query($group: ID!) { node(id: $group) { ... on TeachingGroup { rollCalls { totalCount nodes { group { name } subject { name } events { kind } } } } } }
            """, new { group = Id("TeachingGroup", D.LatinGroup) });
        var rollCalls = group["data"]!["node"]!["rollCalls"]!;
        Assert.Equal(1, rollCalls["totalCount"]!.GetValue<int>());
        Assert.Equal("Latin 4e", rollCalls["nodes"]![0]!["group"]!["name"]!.GetValue<string>());
        Assert.Equal("ABSENCE", rollCalls["nodes"]![0]!["events"]![0]!["kind"]!.GetValue<string>());

        var refused = await host.ExecuteAsync(D.Cpe, "query($class: ID!) { node(id: $class) { ... on Class { rollCalls(first: 500) { totalCount } } } }", new { @class = Id("Class", D.Class) });
        Assert.Equal("BAD_USER_INPUT", refused["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    private static object Lesson(string lesson, string lessonId, Guid subject, string date, Guid[] absent, Guid[] late) => new
    {
        input = new Dictionary<string, object>
        {
            [lesson] = lessonId,
            ["subjectId"] = Id("Subject", subject),
            ["date"] = date,
            ["startTime"] = "10:00:00",
            ["endTime"] = "11:00:00",
            ["absentStudentIds"] = absent.Select(s => Id("Person", s)).ToArray(),
            ["late"] = late.Select(s => new { studentId = Id("Person", s), minutes = 5 }).ToArray(),
        },
    };

    private async Task RecordAsync(object variables)
    {
        var result = await host.ExecuteAsync(D.Cpe, RecordRollCall, variables);
        Assert.Equal("[]", result["data"]!["recordRollCall"]!["errors"].Text());
    }

    private async Task<int> RollCallCountAsync(Guid schoolClass)
    {
        var result = await host.ExecuteAsync(D.Cpe, "query($class: ID!) { node(id: $class) { ... on Class { rollCalls { totalCount } } } }", new { @class = Id("Class", schoolClass) });
        return result["data"]?["node"]?["rollCalls"]?["totalCount"]?.GetValue<int>() ?? throw new InvalidOperationException(result.Text());
    }
}

public sealed class RollCallListTestsOnSqlite(AbsencesHostFixture<Sqlite> host) : RollCallListTests<Sqlite>(host);

public sealed class RollCallListTestsOnPostgreSql(AbsencesHostFixture<PostgreSql> host) : RollCallListTests<PostgreSql>(host);
