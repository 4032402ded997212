using Ent.Access;
using Ent.Directory;
using Ent.GraphQL;
using Ent.Plugins.Grades.Domain;
using Ent.Plugins.Grades.GraphQL.Evaluations;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Grades.GraphQL.Marks;

/// <summary>enterMarks: a whole evaluation's marks in one mutation.</summary>
internal static class MarkMutations
{
    /// <summary>The most entries one enterMarks takes: a large teaching group.</summary>
    public const int MaxEntries = 200;

    public static void AddFields(ObjectGraphType<object?> mutation) =>
        mutation.Field<NonNullGraphType<EnterMarksPayloadType>>("enterMarks")
            .Description("Enters or corrects the marks of an evaluation you may write, in a period open for entry: all of them or, on any error, none. Once the evaluation is published, each change keeps its history and is told to whoever listens (notifications).")
            .RequireScope(GradesScopes.Write)
            .RequireProfile(ProfileKind.Teacher)
            .Argument<NonNullGraphType<EnterMarksInputType>>("input", "The evaluation and its marks.")
            .ResolveAsync(async context => await EnterAsync(context, context.GetArgument<EnterMarksInput>("input")));

    private static async Task<EnterMarksPayload> EnterAsync(IResolveFieldContext context, EnterMarksInput input)
    {
        var grades = context.Grades();
        var cancellationToken = context.CancellationToken;
        var errors = new InputErrors();
        var evaluationId = errors.Decode(input.EvaluationId, "Evaluation", "evaluationId");
        if (input.Marks.Count > MaxEntries)
        {
            errors.Add(GradeErrorCodes.TooManyMarks, $"Enter at most {MaxEntries} marks at once.", "marks");
        }

        var studentIds = new Guid?[input.Marks.Count];
        var seen = new HashSet<Guid>();
        for (var i = 0; i < input.Marks.Count; i++)
        {
            var index = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            studentIds[i] = errors.Decode(input.Marks[i].StudentId, CoreTypeNames.Person, "marks", index, "studentId");
            if (studentIds[i] is { } studentId && !seen.Add(studentId))
            {
                errors.Add(GradeErrorCodes.DuplicateStudent, "This student already has an entry in this input.", "marks", index, "studentId");
            }
        }

        if (errors.HasAny)
        {
            return Failed(errors);
        }

        await using var db = await grades.CreateStoreAsync(cancellationToken);
        var evaluation = await EvaluationMutations.FindWritableAsync(grades, db, evaluationId!.Value, errors, cancellationToken);
        if (evaluation is null || !await EvaluationMutations.CheckOpenAsync(grades, db, evaluation, errors, cancellationToken))
        {
            return Failed(errors);
        }

        var members = await MembersAsync(db, evaluation, [.. seen], cancellationToken);
        for (var i = 0; i < input.Marks.Count; i++)
        {
            var entry = input.Marks[i];
            var index = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!members.Contains(studentIds[i]!.Value))
            {
                errors.Add(GradeErrorCodes.StudentNotInClass, "This student is not in the evaluation's class or group.", "marks", index, "studentId");
            }

            errors.Add(EvaluationRules.CheckMark(entry.Value, entry.Annotation, evaluation.MaxMark), "marks", index, entry.Value is null && entry.Annotation is not null ? "annotation" : "value");
        }

        if (errors.HasAny)
        {
            return Failed(errors);
        }

        var now = grades.Now;
        var isVisible = evaluation.IsPublishedAt(now);
        var existing = await db.Marks.Where(m => m.EvaluationId == evaluation.Id && seen.Contains(m.StudentId)).ToDictionaryAsync(m => m.StudentId, cancellationToken);
        var saved = new List<Mark>();
        var added = new List<Guid>();
        var corrected = new List<Guid>();
        for (var i = 0; i < input.Marks.Count; i++)
        {
            var entry = input.Marks[i];
            var studentId = studentIds[i]!.Value;
            var mark = existing.GetValueOrDefault(studentId);
            var removes = entry.Value is null && entry.Annotation is null;
            if (mark is not null && mark.Value == entry.Value && mark.Annotation == entry.Annotation)
            {
                saved.Add(mark);
                continue;
            }

            if (mark is not null && isVisible)
            {
                db.MarkCorrections.Add(new MarkCorrection
                {
                    Id = Guid.CreateVersion7(),
                    TenantId = evaluation.TenantId,
                    EvaluationId = evaluation.Id,
                    StudentId = studentId,
                    PreviousValue = mark.Value,
                    PreviousAnnotation = mark.Annotation,
                    NewValue = entry.Value,
                    NewAnnotation = entry.Annotation,
                    CorrectedById = grades.PersonId,
                    CorrectedAt = now,
                });
                corrected.Add(studentId);
            }

            if (removes)
            {
                if (mark is not null)
                {
                    db.Marks.Remove(mark);
                }

                continue;
            }

            if (mark is null)
            {
                mark = new Mark
                {
                    Id = Guid.CreateVersion7(),
                    TenantId = evaluation.TenantId,
                    EvaluationId = evaluation.Id,
                    StudentId = studentId,
                    EnteredById = grades.PersonId,
                    EnteredAt = now,
                };
                db.Marks.Add(mark);
                added.Add(studentId);
            }

            mark.Value = entry.Value;
            mark.Annotation = entry.Annotation;
            mark.UpdatedById = grades.PersonId;
            mark.UpdatedAt = now;
            saved.Add(mark);
        }

        // One SaveChanges: the marks and their history are written in one transaction, or not at all.
        await db.SaveChangesAsync(cancellationToken);
        foreach (var mark in saved)
        {
            mark.Evaluation = evaluation;
        }

        await EvaluationMutations.PublishMarksAsync(context, grades, evaluation, added, corrected, cancellationToken);
        return new EnterMarksPayload(evaluation, saved, []);
    }

    /// <summary>Which of the students are in the evaluation's class or group.</summary>
    private static async Task<HashSet<Guid>> MembersAsync(DbContext db, Evaluation evaluation, List<Guid> students, CancellationToken cancellationToken)
    {
        var members = evaluation.ClassId is { } classId
            ? db.Set<ClassEnrollment>().Where(e => e.ClassId == classId && students.Contains(e.StudentId)).Select(e => e.StudentId)
            : db.Set<GroupMembership>().Where(m => m.GroupId == evaluation.GroupId && students.Contains(m.StudentId)).Select(m => m.StudentId);
        return [.. await members.ToListAsync(cancellationToken)];
    }

    private static EnterMarksPayload Failed(InputErrors errors) => new(null, [], errors.All);
}
