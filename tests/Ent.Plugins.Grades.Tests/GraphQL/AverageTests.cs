using System.Text.Json.Nodes;
using Ent.Plugins.Grades.Domain;
using Ent.Plugins.Grades.Tests.Infrastructure;
using Ent.Testing;
using Xunit;
using static Ent.Plugins.Grades.Tests.Infrastructure.GradesApi;

namespace Ent.Plugins.Grades.Tests.GraphQL;

/// <summary>
/// Marks entered through the API for 4e A in the first trimester, whose averages are computed by hand:
/// <code>
/// Maths (school coefficient 3)   e1 /20 ×1  e2 /10 ×2  e3 /20 ×1  e4 /20 ×1
///   A1                            10         5          –          bonus 9
///   A2                            8          6          –          –
///   A3                            12         7          absent     bonus 18
///   A4                            16         8          –          –
///   A5                            20         absent     –          –
///   A6                            exempt     not graded –          –
/// French (coefficient 1)          e5 /20 ×1  e6 /40 ×0.5  e7 /20 ×1
///   A3                            9          30           not significant (2)
/// </code>
/// A1: (10 + 10×2)/3 = 10; the bonus 9 is below, so left out. A2: (8 + 12×2)/3 = 10.666… → 10.67.
/// A3: (12 + 14×2)/3 = 13.333…; the bonus 18 raises it: (40 + 18)/4 = 14.50. A4: (16 + 16×2)/3 = 16.
/// A5: 20 (the absence is left out). A6: no average. A3 in French: (9 + 15×0.5)/1.5 = 11.
/// A3 overall: (14.50×3 + 11×1)/4 = 13.625 → 13.63. Class averages in maths: 10, 10.67, 14.50, 16, 20:
/// (71.17)/5 = 14.234 → 14.23, minimum 10, maximum 20. e1's statistics: (10+8+12+16+20)/5 = 13.20.
/// </summary>
public class AveragesFixture<TEngine> : GradesHostFixture<TEngine>
    where TEngine : IDatabaseEngine
{
    public Dictionary<string, string> Evaluations { get; } = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        if (!IsStarted)
        {
            return;
        }

        var a = World.StudentsA;
        using var maths = Host.ClientFor(World.MathsTeacher.Id);
        using var french = Host.ClientFor(World.FrenchTeacher.Id);
        using var principal = Host.ClientFor(World.Principal.Id);
        await AddAsync(maths, "e1", World.Maths, 20, 1, Mark(a[0], 10), Mark(a[1], 8), Mark(a[2], 12), Mark(a[3], 16), Mark(a[4], 20), Mark(a[5], null, "EXEMPT"));
        await AddAsync(maths, "e2", World.Maths, 10, 2, Mark(a[0], 5), Mark(a[1], 6), Mark(a[2], 7), Mark(a[3], 8), Mark(a[4], null, "ABSENT"), Mark(a[5], null, "NOT_GRADED"));
        await AddAsync(maths, "e3", World.Maths, 20, 1, Mark(a[2], null, "ABSENT"));
        await AddAsync(maths, "e4", World.Maths, 20, 1, Mark(a[2], 18, "BONUS"), Mark(a[0], 9, "BONUS"));
        await AddAsync(french, "e5", World.French, 20, 1, Mark(a[2], 9));
        await AddAsync(french, "e6", World.French, 40, 0.5m, Mark(a[2], 30));
        await AddAsync(french, "e7", World.French, 20, 1, Mark(a[2], 2, "NOT_SIGNIFICANT"));
        var coefficient = (await principal.DataAsync(
            "mutation($input: SetSubjectCoefficientInput!) { setSubjectCoefficient(input: $input) { coefficient errors { code } } }",
            new { input = new { subjectId = Id(World.Maths), coefficient = 3 } }))["setSubjectCoefficient"]!;
        Assert.Equal(3m, coefficient["coefficient"]!.GetValue<decimal>());
    }

    private async Task AddAsync(GraphQLClient teacher, string name, Ent.Directory.Subject subject, decimal maxMark, decimal coefficient, params object[] marks)
    {
        var id = await CreateEvaluationAsync(teacher, new { classId = Id(World.ClassA), subjectId = Id(subject), date = "2026-11-09", title = name, maxMark, coefficient });
        await EnterMarksAsync(teacher, id, marks);
        await PublishAsync(teacher, id);
        Evaluations[name] = id;
    }

    private static object Mark(Ent.Directory.Person student, decimal? value, string? annotation = null) => new { studentId = Id(student), value, annotation };
}

public abstract class AverageTests<TEngine>(AveragesFixture<TEngine> fixture) : IClassFixture<AveragesFixture<TEngine>>
    where TEngine : IDatabaseEngine
{
    private const string Averages = """
        query($id: ID!, $period: ID) { node(id: $id) { ... on Person { averages(period: $period) {
          period { name } overallAverage isWholeRecord
          subjects { nodes { subject { code } average markCount bonusMarkCount coefficient classStatistics { average minimum maximum count outOf } } }
        } } } }
        """;

    private GradesWorld World => fixture.World;

    [SkippableFact]
    public async Task A_students_averages_match_the_hand_computed_ones()
    {
        using var student = fixture.Host.ClientFor(World.StudentsA[2].Id);

        var averages = (await student.DataAsync(Averages, new { id = Id(World.StudentsA[2]) }))["node"]!["averages"]!;

        Assert.Equal("Trimestre 1", averages["period"]!["name"]!.GetValue<string>());
        Assert.True(averages["isWholeRecord"]!.GetValue<bool>());
        Assert.Equal(13.63m, averages["overallAverage"]!.GetValue<decimal>());
        var french = Subject(averages, "FRANC");
        Assert.Equal(11m, french["average"]!.GetValue<decimal>());
        Assert.Equal(2, french["markCount"]!.GetValue<int>());
        Assert.Equal(1m, french["coefficient"]!.GetValue<decimal>());
        Assert.Null(french["classStatistics"]);
        var maths = Subject(averages, "MATHS");
        Assert.Equal(14.5m, maths["average"]!.GetValue<decimal>());
        Assert.Equal(2, maths["markCount"]!.GetValue<int>());
        Assert.Equal(1, maths["bonusMarkCount"]!.GetValue<int>());
        Assert.Equal(3m, maths["coefficient"]!.GetValue<decimal>());
        Assert.Equal((14.23m, 10m, 20m, 5, 20m), Statistics(maths["classStatistics"]!));
    }

    [SkippableTheory]
    [InlineData(0, 10.0)]
    [InlineData(1, 10.67)]
    [InlineData(3, 16.0)]
    [InlineData(4, 20.0)]
    public async Task Each_students_maths_average_is_computed_by_the_method(int student, double expected)
    {
        using var teacher = fixture.Host.ClientFor(World.MathsTeacher.Id);

        var averages = (await teacher.DataAsync(Averages, new { id = Id(World.StudentsA[student]) }))["node"]!["averages"]!;

        Assert.Equal((decimal)expected, Subject(averages, "MATHS")["average"]!.GetValue<decimal>());
    }

    [SkippableFact]
    public async Task Exempt_and_not_graded_only_make_no_average_and_no_marks_make_no_subject()
    {
        using var principal = fixture.Host.ClientFor(World.Principal.Id);

        var allExempt = (await principal.DataAsync(Averages, new { id = Id(World.StudentsA[5]) }))["node"]!["averages"]!;
        var noMarks = (await principal.DataAsync(Averages, new { id = Id(World.StudentsB[1]) }))["node"]!["averages"]!;

        Assert.Null(Subject(allExempt, "MATHS")["average"]);
        Assert.Equal(0, Subject(allExempt, "MATHS")["markCount"]!.GetValue<int>());
        Assert.Null(allExempt["overallAverage"]);
        Assert.Empty(noMarks["subjects"]!["nodes"]!.AsArray());
        Assert.Null(noMarks["overallAverage"]);
    }

    [SkippableFact]
    public async Task A_teacher_gets_the_averages_of_their_subject_and_no_overall_average()
    {
        using var teacher = fixture.Host.ClientFor(World.FrenchTeacher.Id);

        var averages = (await teacher.DataAsync(Averages, new { id = Id(World.StudentsA[2]) }))["node"]!["averages"]!;

        Assert.False(averages["isWholeRecord"]!.GetValue<bool>());
        Assert.Null(averages["overallAverage"]);
        var french = Assert.Single(averages["subjects"]!["nodes"]!.AsArray())!;
        Assert.Equal(11m, french["average"]!.GetValue<decimal>());
        Assert.Equal(1, french["classStatistics"]!["count"]!.GetValue<int>());
    }

    [SkippableFact]
    public async Task Evaluation_statistics_count_ordinary_and_bonus_marks_and_are_withheld_below_five()
    {
        using var student = fixture.Host.ClientFor(World.StudentsA[2].Id);
        using var teacher = fixture.Host.ClientFor(World.MathsTeacher.Id);
        const string StatisticsQuery = "query($id: ID!) { node(id: $id) { ... on Evaluation { statistics { average minimum maximum count outOf } } } }";

        var e1 = (await student.DataAsync(StatisticsQuery, new { id = fixture.Evaluations["e1"] }))["node"]!["statistics"]!;
        var e2ForStudent = (await student.DataAsync(StatisticsQuery, new { id = fixture.Evaluations["e2"] }))["node"]!["statistics"];
        var e2ForTeacher = (await teacher.DataAsync(StatisticsQuery, new { id = fixture.Evaluations["e2"] }))["node"]!["statistics"]!;
        var e4ForTeacher = (await teacher.DataAsync(StatisticsQuery, new { id = fixture.Evaluations["e4"] }))["node"]!["statistics"]!;

        Assert.Equal((13.2m, 8m, 20m, 5, 20m), Statistics(e1));
        Assert.Null(e2ForStudent);
        Assert.Equal(6.5m, e2ForTeacher["average"]!.GetValue<decimal>());
        Assert.Equal(10m, e2ForTeacher["outOf"]!.GetValue<decimal>());
        Assert.Equal(13.5m, e4ForTeacher["average"]!.GetValue<decimal>());
    }

    [SkippableFact]
    public async Task The_class_sees_its_averages_per_subject_without_names()
    {
        using var student = fixture.Host.ClientFor(World.StudentsA[0].Id);

        var result = await student.DataAsync("query($id: ID!) { node(id: $id) { ... on Class { averages { period { name } subjects { nodes { subject { code } statistics { average count } } } } } } }", new { id = Id(World.ClassA) });

        var subjects = result["node"]!["averages"]!["subjects"]!["nodes"]!.AsArray();
        Assert.Equal(["FRANC", "MATHS"], subjects.Select(s => s!["subject"]!["code"]!.GetValue<string>()).Order());
        Assert.Equal(14.23m, subjects.Single(s => s!["subject"]!["code"]!.GetValue<string>() == "MATHS")!["statistics"]!["average"]!.GetValue<decimal>());
        Assert.Null(subjects.Single(s => s!["subject"]!["code"]!.GetValue<string>() == "FRANC")!["statistics"]);
    }

    [SkippableFact]
    public async Task The_report_card_reaches_the_family_on_its_publication_day_with_comments_and_opinion()
    {
        using var frenchTeacher = fixture.Host.ClientFor(World.FrenchTeacher.Id);
        using var formTutor = fixture.Host.ClientFor(World.MathsTeacher.Id);
        using var principal = fixture.Host.ClientFor(World.Principal.Id);
        using var student = fixture.Host.ClientFor(World.StudentsA[2].Id);
        var a3 = Id(World.StudentsA[2]);
        var comment = (await frenchTeacher.DataAsync(
            "mutation($input: WriteSubjectCommentInput!) { writeSubjectComment(input: $input) { comment { text } errors { code field } } }",
            new { input = new { studentId = a3, periodId = Id(World.Trimester1), subjectId = Id(World.French), text = "Des progrès à l'écrit." } }))["writeSubjectComment"]!;
        var opinion = (await formTutor.DataAsync(
            "mutation($input: WriteReportCardOpinionInput!) { writeReportCardOpinion(input: $input) { opinion { text author { id } } errors { code field } } }",
            new { input = new { studentId = a3, periodId = Id(World.Trimester1), text = "Trimestre satisfaisant." } }))["writeReportCardOpinion"]!;
        var notTutor = (await frenchTeacher.DataAsync(
            "mutation($input: WriteReportCardOpinionInput!) { writeReportCardOpinion(input: $input) { errors { code field } } }",
            new { input = new { studentId = a3, periodId = Id(World.Trimester1), text = "…" } }))["writeReportCardOpinion"]!;
        var closed = (await frenchTeacher.DataAsync(
            "mutation($input: WriteSubjectCommentInput!) { writeSubjectComment(input: $input) { errors { code field } } }",
            new { input = new { studentId = a3, periodId = Id(World.LastYearTrimester3), subjectId = Id(World.French), text = "Trop tard." } }))["writeSubjectComment"]!;
        const string ReportCard = """
            query($id: ID!, $period: ID) { node(id: $id) { ... on Person { reportCard(period: $period) {
              isPublished overallAverage opinion { text }
              subjects { nodes { subject { code } average { average classStatistics { average } } comment { text author { id } } } }
            } } } }
            """;

        var forPrincipal = (await principal.DataAsync(ReportCard, new { id = a3 }))["node"]!["reportCard"]!;
        var forStudent = (await student.DataAsync(ReportCard, new { id = a3 }))["node"]!["reportCard"];
        var lastYear = (await student.DataAsync(ReportCard, new { id = a3, period = Id(World.LastYearTrimester3) }))["node"]!["reportCard"]!;

        Assert.Empty(Errors(comment));
        Assert.Empty(Errors(opinion));
        Assert.Equal([("NOT_ALLOWED", "studentId")], Errors(notTutor));
        Assert.Equal([("PERIOD_CLOSED", "periodId")], Errors(closed));
        Assert.False(forPrincipal["isPublished"]!.GetValue<bool>());
        Assert.Equal(13.63m, forPrincipal["overallAverage"]!.GetValue<decimal>());
        Assert.Equal("Trimestre satisfaisant.", forPrincipal["opinion"]!["text"]!.GetValue<string>());
        var french = forPrincipal["subjects"]!["nodes"]!.AsArray().Single(s => s!["subject"]!["code"]!.GetValue<string>() == "FRANC")!;
        Assert.Equal("Des progrès à l'écrit.", french["comment"]!["text"]!.GetValue<string>());
        Assert.Equal(Id(World.FrenchTeacher), french["comment"]!["author"]!["id"]!.GetValue<string>());
        Assert.Equal(11m, french["average"]!["average"]!.GetValue<decimal>());
        Assert.Null(forStudent);
        Assert.True(lastYear["isPublished"]!.GetValue<bool>());
    }

    private static (decimal Average, decimal Minimum, decimal Maximum, int Count, decimal OutOf) Statistics(JsonNode statistics) => (
        statistics["average"]!.GetValue<decimal>(),
        statistics["minimum"]!.GetValue<decimal>(),
        statistics["maximum"]!.GetValue<decimal>(),
        statistics["count"]!.GetValue<int>(),
        statistics["outOf"]!.GetValue<decimal>());

    private static JsonNode Subject(JsonNode averages, string code) =>
        averages["subjects"]!["nodes"]!.AsArray().Single(s => s!["subject"]!["code"]!.GetValue<string>() == code)!;
}

public sealed class AverageTestsOnSqlite(AveragesFixture<Sqlite> fixture) : AverageTests<Sqlite>(fixture);

public sealed class AverageTestsOnPostgreSql(AveragesFixture<PostgreSql> fixture) : AverageTests<PostgreSql>(fixture);
