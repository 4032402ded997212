using Ent.Plugins.Grades.Domain;
using Ent.Plugins.Grades.Tests.Infrastructure;
using Ent.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Ent.Plugins.Grades.Tests.Infrastructure.GradesApi;

namespace Ent.Plugins.Grades.Tests.GraphQL;

public abstract class BadInputTests<TEngine>(GradesHostFixture<TEngine> fixture) : IClassFixture<GradesHostFixture<TEngine>>
    where TEngine : IDatabaseEngine
{
    private GradesWorld World => fixture.World;

    [SkippableTheory]
    [InlineData(20.5, null, "MARK_ABOVE_MAXIMUM", "value")]
    [InlineData(-1.0, null, "MARK_BELOW_ZERO", "value")]
    [InlineData(12.125, null, "MARK_TOO_PRECISE", "value")]
    [InlineData(12.0, "ABSENT", "MARK_VALUE_NOT_ALLOWED", "value")]
    [InlineData(null, "BONUS", "MARK_VALUE_REQUIRED", "annotation")]
    public async Task A_wrong_mark_is_refused_with_its_code_and_nothing_of_the_batch_is_written(double? value, string? annotation, string code, string field)
    {
        using var teacher = fixture.Host.ClientFor(World.MathsTeacher.Id);
        var evaluation = await CreateEvaluationAsync(teacher, NewEvaluation());

        var payload = (await teacher.DataAsync(EnterMarks, new
        {
            input = new
            {
                evaluationId = evaluation,
                marks = new object[]
                {
                    new { studentId = Id(World.StudentsA[0]), value = 12 },
                    new { studentId = Id(World.StudentsA[1]), value = (decimal?)value, annotation },
                },
            },
        }))["enterMarks"]!;

        Assert.Equal([(code, $"marks.1.{field}")], Errors(payload));
        Assert.Empty(payload["marks"]!.AsArray());
        Assert.Equal(0, await MarkCountAsync(evaluation));
    }

    [SkippableFact]
    public async Task A_student_outside_the_class_a_duplicate_and_a_malformed_id_are_each_refused()
    {
        using var teacher = fixture.Host.ClientFor(World.MathsTeacher.Id);
        var evaluation = await CreateEvaluationAsync(teacher, NewEvaluation());

        var outsider = (await teacher.DataAsync(EnterMarks, new
        {
            input = new { evaluationId = evaluation, marks = new object[] { new { studentId = Id(World.StudentsA[0]), value = 10 }, new { studentId = Id(World.StudentsB[0]), value = 10 } } },
        }))["enterMarks"]!;
        var duplicate = (await teacher.DataAsync(EnterMarks, new
        {
            input = new { evaluationId = evaluation, marks = new object[] { new { studentId = Id(World.StudentsA[0]), value = 10 }, new { studentId = Id(World.StudentsA[0]), value = 11 } } },
        }))["enterMarks"]!;
        var malformed = (await teacher.DataAsync(EnterMarks, new
        {
            input = new { evaluationId = evaluation, marks = new object[] { new { studentId = "not-an-id", value = 10 }, new { studentId = Id(World.Maths), value = 10 } } },
        }))["enterMarks"]!;

        Assert.Equal([("STUDENT_NOT_IN_CLASS", "marks.1.studentId")], Errors(outsider));
        Assert.Equal([("DUPLICATE_STUDENT", "marks.1.studentId")], Errors(duplicate));
        Assert.Equal([("INVALID_ID", "marks.0.studentId"), ("INVALID_ID", "marks.1.studentId")], Errors(malformed));
        Assert.Equal(0, await MarkCountAsync(evaluation));
    }

    [SkippableFact]
    public async Task Unknown_and_foreign_evaluations_are_not_found()
    {
        using var teacher = fixture.Host.ClientFor(World.MathsTeacher.Id);
        var foreign = Guid.NewGuid();
        await fixture.Host.WriteAsync(db => db.Evaluations.Add(new Evaluation
        {
            Id = foreign, TenantId = "other-tenant", SchoolId = World.OtherTenantSchool.Id, SubjectId = World.OtherTenantMaths.Id, ClassId = World.OtherTenantClass.Id,
            TeacherId = World.OtherTenantTeacher.Id, PeriodId = World.OtherTenantTrimester1.Id, Date = new(2026, 11, 2), Title = "Ailleurs",
            PublishAt = FixedTimeProvider.TestNow.AddDays(-1),
        }));

        var unknown = (await teacher.DataAsync(EnterMarks, new { input = new { evaluationId = Id("Evaluation", Guid.NewGuid()), marks = Array.Empty<object>() } }))["enterMarks"]!;
        var foreignPayload = (await teacher.DataAsync(EnterMarks, new { input = new { evaluationId = Id("Evaluation", foreign), marks = new object[] { new { studentId = Id(World.OtherTenantStudent), value = 1 } } } }))["enterMarks"]!;

        Assert.Equal([("NOT_FOUND", "evaluationId")], Errors(unknown));
        Assert.Equal([("NOT_FOUND", "evaluationId")], Errors(foreignPayload));
        Assert.Equal(0, await MarkCountAsync(Id("Evaluation", foreign)));
    }

    [SkippableFact]
    public async Task Another_teachers_evaluation_cannot_be_written()
    {
        using var mathsTeacher = fixture.Host.ClientFor(World.MathsTeacher.Id);
        using var frenchTeacher = fixture.Host.ClientFor(World.FrenchTeacher.Id);
        var evaluation = await CreateEvaluationAsync(mathsTeacher, NewEvaluation());
        await PublishAsync(mathsTeacher, evaluation);

        var payload = (await frenchTeacher.DataAsync(EnterMarks, new { input = new { evaluationId = evaluation, marks = new object[] { new { studentId = Id(World.StudentsA[0]), value = 1 } } } }))["enterMarks"]!;

        Assert.Equal([("NOT_ALLOWED", "evaluationId")], Errors(payload));
    }

    [SkippableTheory]
    [InlineData(0.0, "INVALID_COEFFICIENT", "coefficient")]
    [InlineData(-2.0, "INVALID_COEFFICIENT", "coefficient")]
    public async Task A_zero_or_negative_coefficient_is_refused(double coefficient, string code, string field)
    {
        using var teacher = fixture.Host.ClientFor(World.MathsTeacher.Id);

        var payload = (await teacher.DataAsync(CreateEvaluation, new { input = NewEvaluation(coefficient: coefficient) }))["createEvaluation"]!;

        Assert.Equal([(code, field)], Errors(payload));
        Assert.Null(payload["evaluation"]);
    }

    [SkippableFact]
    public async Task Evaluation_settings_are_checked_together()
    {
        using var teacher = fixture.Host.ClientFor(World.MathsTeacher.Id);
        var input = new { classId = Id(World.ClassA), groupId = Id("TeachingGroup", World.Latin.Id), subjectId = Id(World.Maths), date = "2026-11-10", title = " ", maxMark = 0 };

        var payload = (await teacher.DataAsync(CreateEvaluation, new { input }))["createEvaluation"]!;

        Assert.Equal([("CLASS_OR_GROUP_REQUIRED", "groupId"), ("REQUIRED", "title"), ("INVALID_MAXIMUM_MARK", "maxMark")], Errors(payload));
    }

    [SkippableFact]
    public async Task A_period_closed_for_entry_takes_no_evaluation_and_no_mark()
    {
        using var teacher = fixture.Host.ClientFor(World.MathsTeacher.Id);
        var closed = Guid.NewGuid();
        await fixture.Host.WriteAsync(db => db.Evaluations.Add(new Evaluation
        {
            Id = closed, TenantId = GradesTestHost.Tenant, SchoolId = World.Rabelais.Id, SubjectId = World.Maths.Id, ClassId = World.ClassA.Id,
            TeacherId = World.MathsTeacher.Id, PeriodId = World.LastYearTrimester3.Id, Date = new(2026, 5, 12), Title = "Fin d'année",
        }));

        var create = (await teacher.DataAsync(CreateEvaluation, new { input = NewEvaluation(date: "2026-05-20") }))["createEvaluation"]!;
        var explicitPeriod = (await teacher.DataAsync(CreateEvaluation, new { input = new { classId = Id(World.ClassA), subjectId = Id(World.Maths), periodId = Id(World.LastYearTrimester3), date = "2026-05-20", title = "Trop tard" } }))["createEvaluation"]!;
        var marks = (await teacher.DataAsync(EnterMarks, new { input = new { evaluationId = Id("Evaluation", closed), marks = new object[] { new { studentId = Id(World.StudentsA[0]), value = 10 } } } }))["enterMarks"]!;
        var outside = (await teacher.DataAsync(CreateEvaluation, new { input = new { classId = Id(World.ClassA), subjectId = Id(World.Maths), periodId = Id(World.Trimester1), date = "2026-12-10", title = "Hors période" } }))["createEvaluation"]!;
        var foreignPeriod = (await teacher.DataAsync(CreateEvaluation, new { input = new { classId = Id(World.ClassA), subjectId = Id(World.Maths), periodId = Id(World.RonsardTrimester1), date = "2026-11-10", title = "Autre collège" } }))["createEvaluation"]!;

        Assert.Equal([("PERIOD_CLOSED", "date")], Errors(create));
        Assert.Equal([("PERIOD_CLOSED", "periodId")], Errors(explicitPeriod));
        Assert.Equal([("PERIOD_CLOSED", "evaluationId")], Errors(marks));
        Assert.Equal([("DATE_OUTSIDE_PERIOD", "date")], Errors(outside));
        Assert.Equal([("PERIOD_MISMATCH", "periodId")], Errors(foreignPeriod));
        Assert.Equal(0, await MarkCountAsync(Id("Evaluation", closed)));
    }

    [SkippableFact]
    public async Task A_correction_after_publication_keeps_who_when_and_the_old_value_and_is_announced()
    {
        using var teacher = fixture.Host.ClientFor(World.MathsTeacher.Id);
        using var student = fixture.Host.ClientFor(World.StudentsA[2].Id);
        var evaluation = await CreateEvaluationAsync(teacher, NewEvaluation());
        await EnterMarksAsync(teacher, evaluation, new { studentId = Id(World.StudentsA[2]), value = 9 }, new { studentId = Id(World.StudentsA[3]), value = 11 });
        await EnterMarksAsync(teacher, evaluation, new { studentId = Id(World.StudentsA[2]), value = 10 });
        await PublishAsync(teacher, evaluation);
        var published = fixture.Host.Events.All.Count;

        await EnterMarksAsync(teacher, evaluation, new { studentId = Id(World.StudentsA[2]), value = 13.5 }, new { studentId = Id(World.StudentsA[3]) });
        var history = await student.DataAsync(
            "query($id: ID!) { node(id: $id) { ... on Evaluation { marks { nodes { value corrections { nodes { correctedAt correctedBy { id } previousValue previousAnnotation newValue } } } } } } }",
            new { id = evaluation });

        var mark = Assert.Single(history["node"]!["marks"]!["nodes"]!.AsArray())!;
        Assert.Equal(13.5m, mark["value"]!.GetValue<decimal>());
        var correction = Assert.Single(mark["corrections"]!["nodes"]!.AsArray())!;
        Assert.Equal(10m, correction["previousValue"]!.GetValue<decimal>());
        Assert.Equal(13.5m, correction["newValue"]!.GetValue<decimal>());
        Assert.Equal(Id(World.MathsTeacher), correction["correctedBy"]!["id"]!.GetValue<string>());
        Assert.Equal(FixedTimeProvider.TestNow, correction["correctedAt"]!.GetValue<DateTimeOffset>());
        var removed = await fixture.Host.ReadAsync(db => db.MarkCorrections.SingleAsync(c => c.StudentId == World.StudentsA[3].Id && c.PreviousValue == 11));
        Assert.Null(removed.NewValue);
        Assert.Null(removed.NewAnnotation);

        var events = fixture.Host.Events.All.Skip(published - 1).Select(e => e.GetType().GetProperty("CorrectedStudentIds")?.GetValue(e)).OfType<IReadOnlyList<Guid>>().ToList();
        Assert.Empty(events[0]);
        Assert.Equal([World.StudentsA[2].Id, World.StudentsA[3].Id], events[1]);
    }

    [SkippableFact]
    public async Task Publishing_announces_the_students_whose_marks_appear()
    {
        using var teacher = fixture.Host.ClientFor(World.MathsTeacher.Id);
        var evaluation = await CreateEvaluationAsync(teacher, NewEvaluation());
        await EnterMarksAsync(teacher, evaluation, new { studentId = Id(World.StudentsA[4]), value = 15 }, new { studentId = Id(World.StudentsA[5]), annotation = "ABSENT" });
        var before = fixture.Host.Events.All.Count;

        await PublishAsync(teacher, evaluation);
        var again = (await teacher.DataAsync(Publish, new { input = new { evaluationId = evaluation } }))["publishEvaluation"]!;

        var published = Assert.Single(fixture.Host.Events.All.Skip(before));
        Assert.Equal("MarksPublished", published.GetType().Name);
        Assert.Equal(GradesTestHost.Tenant, published.TenantId);
        var students = (IReadOnlyList<Guid>)published.GetType().GetProperty("StudentIds")!.GetValue(published)!;
        Assert.Equal(new HashSet<Guid> { World.StudentsA[4].Id, World.StudentsA[5].Id }, students.ToHashSet());
        Assert.Equal([("ALREADY_PUBLISHED", "evaluationId")], Errors(again));
    }

    private object NewEvaluation(double coefficient = 1, string date = "2026-11-10") => new
    {
        classId = Id(World.ClassA),
        subjectId = Id(World.Maths),
        date,
        title = "Contrôle",
        coefficient,
    };

    private Task<int> MarkCountAsync(string evaluationId)
    {
        var key = Ent.GraphQL.GlobalId.Decode(evaluationId, "Evaluation");
        return fixture.Host.ReadAsync(db => db.Marks.CountAsync(m => m.EvaluationId == key));
    }
}

public sealed class BadInputTestsOnSqlite(GradesHostFixture<Sqlite> fixture) : BadInputTests<Sqlite>(fixture);

public sealed class BadInputTestsOnPostgreSql(GradesHostFixture<PostgreSql> fixture) : BadInputTests<PostgreSql>(fixture);
