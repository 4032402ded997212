using Ent.Plugins.Grades.Tests.Infrastructure;
using Ent.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Ent.Plugins.Grades.Tests.Infrastructure.GradesApi;

namespace Ent.Plugins.Grades.Tests.GraphQL;

public abstract class EvaluationMutationTests<TEngine>(GradesHostFixture<TEngine> fixture) : IClassFixture<GradesHostFixture<TEngine>>
    where TEngine : IDatabaseEngine
{
    private const string Update = """
        mutation($input: UpdateEvaluationInput!) { updateEvaluation(input: $input) { evaluation { title coefficient maxMark date period { name } } errors { code field } } }
        """;

    private const string Delete = """
        mutation($input: DeleteEvaluationInput!) { deleteEvaluation(input: $input) { deletedEvaluationId errors { code field } } }
        """;

    private GradesWorld World => fixture.World;

    [SkippableFact]
    public async Task A_teacher_changes_an_evaluation_but_not_its_scale_below_the_marks_entered()
    {
        using var teacher = fixture.Host.ClientFor(World.MathsTeacher.Id);
        var evaluation = await CreateEvaluationAsync(teacher, new { classId = Id(World.ClassA), subjectId = Id(World.Maths), date = "2026-11-10", title = "Contrôle", maxMark = 40 });
        await EnterMarksAsync(teacher, evaluation, new { studentId = Id(World.StudentsA[0]), value = 32 });

        var changed = (await teacher.DataAsync(Update, new { input = new { evaluationId = evaluation, title = "Contrôle n°2", coefficient = 2, date = "2026-12-02" } }))["updateEvaluation"]!;
        var tooSmall = (await teacher.DataAsync(Update, new { input = new { evaluationId = evaluation, maxMark = 20 } }))["updateEvaluation"]!;

        Assert.Empty(Errors(changed));
        Assert.Equal("Contrôle n°2", changed["evaluation"]!["title"]!.GetValue<string>());
        Assert.Equal(2m, changed["evaluation"]!["coefficient"]!.GetValue<decimal>());
        Assert.Equal("Trimestre 2", changed["evaluation"]!["period"]!["name"]!.GetValue<string>());
        Assert.Equal([("MAXIMUM_BELOW_EXISTING_MARKS", "maxMark")], Errors(tooSmall));
    }

    [SkippableFact]
    public async Task Deleting_an_evaluation_removes_its_marks_and_only_its_teachers_may()
    {
        using var teacher = fixture.Host.ClientFor(World.MathsTeacher.Id);
        using var principal = fixture.Host.ClientFor(World.Principal.Id);
        var evaluation = await CreateEvaluationAsync(teacher, new { classId = Id(World.ClassA), subjectId = Id(World.Maths), date = "2026-11-12", title = "À supprimer" });
        await EnterMarksAsync(teacher, evaluation, new { studentId = Id(World.StudentsA[0]), value = 12 });
        await PublishAsync(teacher, evaluation);

        var byStaff = await principal.PostAsync(Delete, new { input = new { evaluationId = evaluation } });
        var deleted = (await teacher.DataAsync(Delete, new { input = new { evaluationId = evaluation } }))["deleteEvaluation"]!;
        var key = Ent.GraphQL.GlobalId.Decode(evaluation, "Evaluation");

        Assert.Equal("FORBIDDEN", byStaff["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(evaluation, deleted["deletedEvaluationId"]!.GetValue<string>());
        Assert.Equal(0, await fixture.Host.ReadAsync(db => db.Marks.CountAsync(m => m.EvaluationId == key)));
        Assert.Equal("NOT_FOUND", (await teacher.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = evaluation }))["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task A_teacher_of_a_group_sets_evaluations_for_the_group_across_classes()
    {
        using var latinTeacher = fixture.Host.ClientFor(World.LatinTeacher.Id);
        var evaluation = await CreateEvaluationAsync(latinTeacher, new { groupId = Id("TeachingGroup", World.Latin.Id), subjectId = Id(World.LatinSubject), date = "2026-11-13", title = "Version latine" });

        var marks = await EnterMarksAsync(latinTeacher, evaluation, new { studentId = Id(World.StudentsA[0]), value = 14 }, new { studentId = Id(World.StudentsB[0]), value = 11 });
        var outsider = (await latinTeacher.DataAsync(EnterMarks, new { input = new { evaluationId = evaluation, marks = new object[] { new { studentId = Id(World.StudentsA[3]), value = 10 } } } }))["enterMarks"]!;

        Assert.Equal(2, marks["marks"]!.AsArray().Count);
        Assert.Equal([("STUDENT_NOT_IN_CLASS", "marks.0.studentId")], Errors(outsider));
    }
}

public sealed class EvaluationMutationTestsOnSqlite(GradesHostFixture<Sqlite> fixture) : EvaluationMutationTests<Sqlite>(fixture);

public sealed class EvaluationMutationTestsOnPostgreSql(GradesHostFixture<PostgreSql> fixture) : EvaluationMutationTests<PostgreSql>(fixture);
