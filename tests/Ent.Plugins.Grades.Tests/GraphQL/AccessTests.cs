using System.Text.Json.Nodes;
using Ent.Plugins.Grades.Tests.Infrastructure;
using Ent.Testing;
using Xunit;
using static Ent.Plugins.Grades.Tests.Infrastructure.GradesApi;

namespace Ent.Plugins.Grades.Tests.GraphQL;

public abstract class AccessTests<TEngine>(GradesHostFixture<TEngine> fixture) : IClassFixture<GradesHostFixture<TEngine>>
    where TEngine : IDatabaseEngine
{
    private const string MyMarks = """
        query($subject: ID) { me { marks(subject: $subject) { totalCount nodes { value student { id } evaluation { id title } } } } }
        """;

    private const string ChildrenMarks = """
        query($subject: ID) { me { children { id marks(subject: $subject) { nodes { value student { id } } } } } }
        """;

    private const string EvaluationById = """
        query($id: ID!) { node(id: $id) { ... on Evaluation { title marks { totalCount nodes { value student { id } } } statistics { average count } } } }
        """;

    private GradesWorld World => fixture.World;

    [SkippableFact]
    public async Task Students_see_their_own_marks_only_once_the_evaluation_is_published()
    {
        using var teacher = fixture.Host.ClientFor(World.MathsTeacher.Id);
        using var student = fixture.Host.ClientFor(World.StudentsA[0].Id);
        var evaluation = await CreateEvaluationAsync(teacher, NewEvaluation("Fractions"));
        await EnterMarksAsync(teacher, evaluation, Marks(12, 15, 8, 17, 11, 14));

        var before = await student.DataAsync(MyMarks, new { subject = Id(World.Maths) });
        var nodeBefore = await student.PostAsync(EvaluationById, new { id = evaluation });
        await PublishAsync(teacher, evaluation);
        var after = await student.DataAsync(MyMarks, new { subject = Id(World.Maths) });
        var nodeAfter = await student.DataAsync(EvaluationById, new { id = evaluation });

        Assert.DoesNotContain(evaluation, EvaluationIds(before));
        Assert.Equal("NOT_FOUND", nodeBefore["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains(evaluation, EvaluationIds(after));
        var marks = nodeAfter["node"]!["marks"]!;
        Assert.Equal(1, marks["totalCount"]!.GetValue<int>());
        Assert.Equal(Id(World.StudentsA[0]), marks["nodes"]![0]!["student"]!["id"]!.GetValue<string>());
        Assert.Equal(12m, marks["nodes"]![0]!["value"]!.GetValue<decimal>());
    }

    [SkippableFact]
    public async Task Relatives_see_their_childrens_published_marks_and_nobody_elses()
    {
        using var teacher = fixture.Host.ClientFor(World.MathsTeacher.Id);
        using var parent = fixture.Host.ClientFor(World.ParentOfOne.Id);
        var evaluation = await CreateEvaluationAsync(teacher, NewEvaluation("Équations"));
        await EnterMarksAsync(teacher, evaluation, Marks(9, 13));
        await PublishAsync(teacher, evaluation);

        var children = await parent.DataAsync(ChildrenMarks, new { subject = Id(World.Maths) });
        var classmateMark = await fixture.Host.ReadAsync(db => Task.FromResult(db.Marks.First(m => m.StudentId == World.StudentsA[0].Id).Id));
        var classmate = await parent.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = Id("Mark", classmateMark) });

        var child = Assert.Single(children["me"]!["children"]!.AsArray());
        Assert.Equal(Id(World.StudentsA[1]), child!["id"]!.GetValue<string>());
        Assert.All(child["marks"]!["nodes"]!.AsArray(), mark => Assert.Equal(Id(World.StudentsA[1]), mark!["student"]!["id"]!.GetValue<string>()));
        Assert.Contains(13m, child["marks"]!["nodes"]!.AsArray().Select(mark => mark!["value"]!.GetValue<decimal>()));
        Assert.Equal("NOT_FOUND", classmate["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task A_scheduled_publication_shows_nothing_before_its_time()
    {
        using var teacher = fixture.Host.ClientFor(World.MathsTeacher.Id);
        using var student = fixture.Host.ClientFor(World.StudentsA[0].Id);
        var tomorrow = FixedTimeProvider.TestNow.AddDays(1);
        var evaluation = await CreateEvaluationAsync(teacher, new { classId = Id(World.ClassA), subjectId = Id(World.Maths), date = "2026-11-16", title = "Programmé", publishAt = tomorrow });
        await EnterMarksAsync(teacher, evaluation, Marks(15));

        var forTeacher = await teacher.DataAsync("query($id: ID!) { node(id: $id) { ... on Evaluation { isPublished publishAt } } }", new { id = evaluation });
        var forStudent = await student.PostAsync(EvaluationById, new { id = evaluation });

        Assert.False(forTeacher["node"]!["isPublished"]!.GetValue<bool>());
        Assert.Equal(tomorrow, forTeacher["node"]!["publishAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal("NOT_FOUND", forStudent["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains(fixture.Host.Events.All, e => e.GetType().Name == "MarksPublished" && (DateTimeOffset)e.GetType().GetProperty("VisibleFrom")!.GetValue(e)! == tomorrow);
    }

    [SkippableFact]
    public async Task Drafts_are_seen_by_their_teachers_only()
    {
        using var teacher = fixture.Host.ClientFor(World.MathsTeacher.Id);
        var evaluation = await CreateEvaluationAsync(teacher, NewEvaluation("Brouillon"));
        await EnterMarksAsync(teacher, evaluation, Marks(10, 11));

        var seenBy = new Dictionary<string, bool>();
        foreach (var (name, person) in new[] { ("teacher", World.MathsTeacher), ("principal", World.Principal), ("french teacher", World.FrenchTeacher), ("parent", World.ParentOfOne) })
        {
            using var client = fixture.Host.ClientFor(person.Id);
            seenBy[name] = (await client.PostAsync(EvaluationById, new { id = evaluation }))["errors"] is null;
        }

        Assert.Equal(new Dictionary<string, bool> { ["teacher"] = true, ["principal"] = false, ["french teacher"] = false, ["parent"] = false }, seenBy);
    }

    [SkippableFact]
    public async Task Teachers_see_the_marks_of_their_subjects_form_tutors_and_staff_the_whole_record()
    {
        using var frenchTeacher = fixture.Host.ClientFor(World.FrenchTeacher.Id);
        using var mathsTeacher = fixture.Host.ClientFor(World.MathsTeacher.Id);
        var french = await CreateEvaluationAsync(frenchTeacher, NewEvaluation("Dictée", subject: World.French));
        await EnterMarksAsync(frenchTeacher, french, Marks(16));
        await PublishAsync(frenchTeacher, french);
        var maths = await CreateEvaluationAsync(mathsTeacher, NewEvaluation("Géométrie"));
        await EnterMarksAsync(mathsTeacher, maths, Marks(7));
        await PublishAsync(mathsTeacher, maths);

        const string StudentMarks = "query($id: ID!) { node(id: $id) { ... on Person { marks { nodes { evaluation { id } } } } } }";
        async Task<IReadOnlyList<string>> SeenBy(Infrastructure.GraphQLClient client) =>
            [.. (await client.DataAsync(StudentMarks, new { id = Id(World.StudentsA[0]) }))["node"]!["marks"]!["nodes"]!.AsArray().Select(n => n!["evaluation"]!["id"]!.GetValue<string>())];
        using var principal = fixture.Host.ClientFor(World.Principal.Id);

        var byFrenchTeacher = await SeenBy(frenchTeacher);
        var byFormTutor = await SeenBy(mathsTeacher);
        var byPrincipal = await SeenBy(principal);

        Assert.Contains(french, byFrenchTeacher);
        Assert.DoesNotContain(maths, byFrenchTeacher);
        Assert.Contains(french, byFormTutor);
        Assert.Contains(maths, byFormTutor);
        Assert.Contains(french, byPrincipal);
        Assert.Contains(maths, byPrincipal);
    }

    [SkippableFact]
    public async Task Class_statistics_are_withheld_from_students_while_a_classmates_mark_could_be_worked_out()
    {
        using var teacher = fixture.Host.ClientFor(World.MathsTeacher.Id);
        using var student = fixture.Host.ClientFor(World.StudentsA[0].Id);
        var small = await CreateEvaluationAsync(teacher, NewEvaluation("Petit groupe"));
        await EnterMarksAsync(teacher, small, Marks(10, 12, 14, 16));
        await PublishAsync(teacher, small);
        var large = await CreateEvaluationAsync(teacher, NewEvaluation("Toute la classe"));
        await EnterMarksAsync(teacher, large, Marks(10, 12, 14, 16, 18));
        await PublishAsync(teacher, large);

        var smallForStudent = await student.DataAsync(EvaluationById, new { id = small });
        var smallForTeacher = await teacher.DataAsync(EvaluationById, new { id = small });
        var largeForStudent = await student.DataAsync(EvaluationById, new { id = large });

        Assert.Null(smallForStudent["node"]!["statistics"]);
        Assert.Equal(13m, smallForTeacher["node"]!["statistics"]!["average"]!.GetValue<decimal>());
        Assert.Equal(14m, largeForStudent["node"]!["statistics"]!["average"]!.GetValue<decimal>());
        Assert.Equal(5, largeForStudent["node"]!["statistics"]!["count"]!.GetValue<int>());
        Assert.Equal(1, largeForStudent["node"]!["marks"]!["totalCount"]!.GetValue<int>());
    }

    [SkippableFact]
    public async Task Teachers_set_evaluations_only_for_the_classes_and_subjects_they_teach()
    {
        using var mathsTeacher = fixture.Host.ClientFor(World.MathsTeacher.Id);
        using var frenchTeacher = fixture.Host.ClientFor(World.FrenchTeacher.Id);

        var otherSubject = (await mathsTeacher.DataAsync(CreateEvaluation, new { input = NewEvaluation("Rédaction", subject: World.French) }))["createEvaluation"]!;
        var otherClass = (await frenchTeacher.DataAsync(CreateEvaluation, new { input = NewEvaluation("Dictée", subject: World.French, schoolClass: World.ClassB) }))["createEvaluation"]!;
        var otherTenant = (await mathsTeacher.DataAsync(CreateEvaluation, new { input = NewEvaluation("Ailleurs", subject: World.OtherTenantMaths, schoolClass: World.OtherTenantClass) }))["createEvaluation"]!;

        Assert.Equal([("NOT_ALLOWED", "classId")], Errors(otherSubject));
        Assert.Equal([("NOT_FOUND", "classId")], Errors(otherClass));
        Assert.Equal([("NOT_FOUND", "classId")], Errors(otherTenant));
        Assert.Null(otherSubject["evaluation"]);
    }

    [SkippableFact]
    public async Task Students_and_relatives_cannot_set_evaluations()
    {
        using var student = fixture.Host.ClientFor(World.StudentsA[0].Id);

        var result = await student.PostAsync(CreateEvaluation, new { input = NewEvaluation("Triche") });

        Assert.Equal("FORBIDDEN", result["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    private object NewEvaluation(string title, Ent.Directory.Subject? subject = null, Ent.Directory.SchoolClass? schoolClass = null) => new
    {
        classId = Id(schoolClass ?? World.ClassA),
        subjectId = Id(subject ?? World.Maths),
        date = "2026-11-10",
        title,
    };

    private object[] Marks(params decimal[] values) =>
        [.. values.Select((value, i) => new { studentId = Id(World.StudentsA[i]), value })];

    private static IEnumerable<string> EvaluationIds(JsonObject data) =>
        data["me"]!["marks"]!["nodes"]!.AsArray().Select(mark => mark!["evaluation"]!["id"]!.GetValue<string>());
}

public sealed class AccessTestsOnSqlite(GradesHostFixture<Sqlite> fixture) : AccessTests<Sqlite>(fixture);

public sealed class AccessTestsOnPostgreSql(GradesHostFixture<PostgreSql> fixture) : AccessTests<PostgreSql>(fixture);
