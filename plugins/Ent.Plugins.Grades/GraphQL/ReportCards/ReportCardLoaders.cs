using Ent.Directory;
using Ent.GraphQL.Loading;
using Ent.Plugins.Grades.Domain;
using Ent.Plugins.Grades.GraphQL.Averages;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Grades.GraphQL.ReportCards;

internal static class ReportCardLoaders
{
    /// <summary>
    /// A student's report card, or <see langword="null"/> when the viewer may not read it: it needs the
    /// student's whole record, and students and relatives read it from the period's publication day.
    /// </summary>
    public static IDataLoaderResult<object?> Load(IResolveFieldContext context, Guid studentId, Guid? periodId)
    {
        var grades = context.Grades();
        var comments = CommentsLoader(context);
        return AverageLoaders.ForStudent(context, studentId, periodId).ThenAsync<StudentAverages?, object?>(async (averages, cancellationToken) =>
        {
            if (averages is null || !averages.Placement.IsWholeRecord)
            {
                return null;
            }

            var grading = await grades.GradingAsync(cancellationToken);
            var isPublished = PeriodRules.IsReportCardPublished(averages.Period, grades.Today);
            if (!isPublished && !grading.SeesEveryMarkOf(averages.Placement.SchoolId, averages.Placement.ClassId))
            {
                return null;
            }

            return comments.Load((studentId, averages.Period.Id)).Then(found => Build(averages, found ?? ReportCardComments.None, isPublished));
        });
    }

    private static ReportCard Build(StudentAverages averages, ReportCardComments comments, bool isPublished)
    {
        var commentsBySubject = comments.BySubject.ToDictionary(entry => entry.Subject.Id);
        var subjects = averages.Subjects
            .Select(average => new ReportCardSubject(average.Subject, average, commentsBySubject.GetValueOrDefault(average.Subject.Id).Comment))
            .Concat(comments.BySubject
                .Where(entry => averages.Subjects.All(average => average.Subject.Id != entry.Subject.Id))
                .Select(entry => new ReportCardSubject(entry.Subject, null, entry.Comment)))
            .OrderBy(subject => subject.Subject.Name, StringComparer.Ordinal)
            .ThenBy(subject => subject.Subject.Id)
            .ToList();
        return new ReportCard(averages, subjects, comments.Opinion, isPublished);
    }

    private static BatchLoader<(Guid StudentId, Guid PeriodId), ReportCardComments> CommentsLoader(IResolveFieldContext context)
    {
        var grades = context.Grades();
        return context.GetBatchLoader<(Guid StudentId, Guid PeriodId), ReportCardComments>("grades.reportCardComments", async (keys, cancellationToken) =>
        {
            await using var db = await grades.CreateStoreAsync(cancellationToken);
            var tenant = grades.TenantId;
            var studentIds = keys.Select(key => key.StudentId).Distinct().ToList();
            var periodIds = keys.Select(key => key.PeriodId).Distinct().ToList();
            var subjectComments = await (
                    from comment in db.SubjectComments
                    join subject in db.Set<Subject>() on comment.SubjectId equals subject.Id
                    where comment.TenantId == tenant && studentIds.Contains(comment.StudentId) && periodIds.Contains(comment.PeriodId)
                    select new { comment.StudentId, comment.PeriodId, Subject = subject, Comment = new ReportCardComment(comment.Text, comment.AuthorId, comment.UpdatedAt) })
                .AsNoTracking()
                .ToListAsync(cancellationToken);
            var opinions = await db.ReportCardOpinions
                .Where(o => o.TenantId == tenant && studentIds.Contains(o.StudentId) && periodIds.Contains(o.PeriodId))
                .Select(o => new { o.StudentId, o.PeriodId, Opinion = new ReportCardComment(o.Text, o.AuthorId, o.UpdatedAt) })
                .ToListAsync(cancellationToken);
            return keys.Distinct().ToDictionary(
                key => key,
                key => new ReportCardComments(
                    [.. subjectComments.Where(c => c.StudentId == key.StudentId && c.PeriodId == key.PeriodId).Select(c => (c.Subject, c.Comment))],
                    opinions.FirstOrDefault(o => o.StudentId == key.StudentId && o.PeriodId == key.PeriodId)?.Opinion));
        });
    }
}
