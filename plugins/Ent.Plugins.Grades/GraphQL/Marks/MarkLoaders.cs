using System.Linq.Expressions;
using Ent.Directory;
using Ent.GraphQL.Loading;
using Ent.GraphQL.Ordering;
using Ent.Plugins.Grades.Access;
using Ent.Plugins.Grades.Data;
using Ent.Plugins.Grades.Domain;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Grades.GraphQL.Marks;

/// <summary>Batched loads of marks: one statement for all the evaluations or students of an execution step.</summary>
internal static class MarkLoaders
{
    public static readonly OrderBy<MarkOrderField> ByStudentName = new(MarkOrderField.Student);
    public static readonly OrderBy<MarkOrderField> MostRecentFirst = new(MarkOrderField.Date, OrderDirection.Desc);

    private static readonly Dictionary<MarkOrderField, Expression<Func<MarkRow, object?>>> OrderFields = new()
    {
        [MarkOrderField.Date] = row => row.Mark.Evaluation.Date,
        [MarkOrderField.Student] = row => row.StudentLastName + " " + row.StudentFirstName,
        [MarkOrderField.UpdatedAt] = row => row.Mark.UpdatedAt,
    };

    /// <summary>The marks of an evaluation the viewer may see.</summary>
    public static IDataLoaderResult<IReadOnlyList<MarkRow>?> ByEvaluation(IResolveFieldContext context, Guid evaluationId)
    {
        var grades = context.Grades();
        return context.GetBatchLoader<Guid, IReadOnlyList<MarkRow>>("grades.marksByEvaluation", async (ids, cancellationToken) =>
        {
            await using var db = await grades.CreateStoreAsync(cancellationToken);
            var rows = await LoadAsync(grades, db, marks => marks.Where(m => ids.Contains(m.EvaluationId)), cancellationToken);
            return rows.GroupBy(row => row.Mark.EvaluationId).ToDictionary(group => group.Key, group => (IReadOnlyList<MarkRow>)[.. group]);
        }).Load(evaluationId);
    }

    /// <summary>A student's marks the viewer may see, in a period and a subject if given.</summary>
    public static IDataLoaderResult<IReadOnlyList<MarkRow>?> ByStudent(IResolveFieldContext context, Guid studentId, Guid? periodId, Guid? subjectId)
    {
        var grades = context.Grades();
        return context.GetBatchLoader<Guid, IReadOnlyList<MarkRow>>($"grades.marksByStudent:{periodId}:{subjectId}", async (ids, cancellationToken) =>
        {
            await using var db = await grades.CreateStoreAsync(cancellationToken);
            var rows = await LoadAsync(
                grades,
                db,
                marks => marks.Where(m => ids.Contains(m.StudentId)
                    && (periodId == null || m.Evaluation.PeriodId == periodId)
                    && (subjectId == null || m.Evaluation.SubjectId == subjectId)),
                cancellationToken);
            return rows.GroupBy(row => row.Mark.StudentId).ToDictionary(group => group.Key, group => (IReadOnlyList<MarkRow>)[.. group]);
        }).Load(studentId);
    }

    /// <summary>
    /// The statistics of an evaluation over every student's counted marks. The caller has checked the viewer
    /// sees the evaluation, and decides whether the viewer sees the statistics.
    /// </summary>
    public static IDataLoaderResult<Statistics?> EvaluationStatistics(IResolveFieldContext context, Guid evaluationId)
    {
        var grades = context.Grades();
        return context.GetBatchLoader<Guid, Statistics?>("grades.evaluationStatistics", async (ids, cancellationToken) =>
        {
            await using var db = await grades.CreateStoreAsync(cancellationToken);
            var counted = grades.CountedEvaluations(db);
            var marks = await db.Marks
                .Where(m => ids.Contains(m.EvaluationId) && counted.Any(e => e.Id == m.EvaluationId))
                .Select(m => new { m.EvaluationId, m.Value, m.Annotation })
                .ToListAsync(cancellationToken);
            return marks
                .Where(m => AverageCalculator.CountsInStatistics(m.Value, m.Annotation))
                .GroupBy(m => m.EvaluationId)
                .ToDictionary(group => group.Key, group => AverageCalculator.Statistics(group.Select(m => m.Value!.Value)));
        }).Load(evaluationId);
    }

    /// <summary>The corrections of a mark, oldest first.</summary>
    public static IDataLoaderResult<IReadOnlyList<MarkCorrection>?> Corrections(IResolveFieldContext context, Guid evaluationId, Guid studentId)
    {
        var grades = context.Grades();
        return context.GetBatchLoader<(Guid EvaluationId, Guid StudentId), IReadOnlyList<MarkCorrection>>("grades.markCorrections", async (keys, cancellationToken) =>
        {
            await using var db = await grades.CreateStoreAsync(cancellationToken);
            var evaluationIds = keys.Select(key => key.EvaluationId).Distinct().ToList();
            var studentIds = keys.Select(key => key.StudentId).Distinct().ToList();
            var corrections = await db.MarkCorrections.AsNoTracking()
                .Where(c => evaluationIds.Contains(c.EvaluationId) && studentIds.Contains(c.StudentId))
                .ToListAsync(cancellationToken);
            return corrections
                .GroupBy(c => (c.EvaluationId, c.StudentId))
                .ToDictionary(group => group.Key, group => (IReadOnlyList<MarkCorrection>)[.. group.OrderBy(c => c.CorrectedAt).ThenBy(c => c.Id)]);
        }).Load((evaluationId, studentId));
    }

    /// <summary>Orders marks loaded in memory the way the SDK orders queries, and keeps the marks.</summary>
    public static IReadOnlyList<Mark> Order(IReadOnlyList<MarkRow> rows, OrderBy<MarkOrderField>? orderBy, OrderBy<MarkOrderField> defaultOrder) =>
        [.. rows.AsQueryable().OrderBy(orderBy, defaultOrder, OrderFields, row => row.Mark.Id).Select(row => row.Mark)];

    private static async Task<List<MarkRow>> LoadAsync(
        GradeAccess grades,
        GradesDbContext db,
        Func<IQueryable<Mark>, IQueryable<Mark>> filter,
        CancellationToken cancellationToken)
    {
        var rows = await (
                from mark in filter(grades.VisibleMarks(db))
                join student in db.Set<Person>() on mark.StudentId equals student.Id
                select new { Mark = mark, mark.Evaluation, student.LastName, student.FirstName })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return [.. rows.Select(row =>
        {
            row.Mark.Evaluation = row.Evaluation;
            return new MarkRow(row.Mark, row.LastName, row.FirstName);
        })];
    }
}
