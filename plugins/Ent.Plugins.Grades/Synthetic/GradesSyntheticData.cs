using Ent.Data;
using Ent.Directory;
using Ent.Plugins.Grades.Data;
using Ent.Plugins.Grades.Domain;
using Ent.Synthetic;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Grades.Synthetic;

/// <summary>
/// The grades share of a synthetic tenant, for load tests: for every subject taught to a class or group,
/// <see cref="EvaluationsPerPeriod"/> evaluations in each period, every one marked for all its students, all
/// published but the last of each period; a few absences and exemptions. Deterministic for a seed.
/// </summary>
internal sealed class GradesSyntheticData(IDbContextFactory<GradesDbContext> stores) : ISyntheticDataGenerator
{
    public const int EvaluationsPerPeriod = 3;

    public async Task GenerateAsync(SyntheticDataContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var directory = context.Directory;
        var random = context.RandomFor("grades");
        var periodsBySchool = directory.PeriodsBySchool();
        var studentsByClass = directory.StudentsByClass();
        var studentsByGroup = directory.StudentsByGroup();

        var evaluations = new List<(Evaluation Evaluation, List<Guid> Students)>();
        foreach (var assignment in directory.Assignments)
        {
            var students = (assignment.ClassId is { } classId ? studentsByClass[classId] : studentsByGroup[assignment.GroupId!.Value]).ToList();
            var periods = assignment.ClassId is { } id
                ? ClassPeriods.Of(periodsBySchool[assignment.SchoolId], id, assignment.SchoolId)
                : [.. periodsBySchool[assignment.SchoolId].Where(p => p.ClassId == null)];
            foreach (var period in periods)
            {
                var span = Math.Max(1, period.EndDate.DayNumber - period.StartDate.DayNumber);
                for (var i = 0; i < EvaluationsPerPeriod; i++)
                {
                    var date = period.StartDate.AddDays(span * (i + 1) / (EvaluationsPerPeriod + 1));
                    var at = new DateTimeOffset(date.ToDateTime(new TimeOnly(16, 0)), TimeSpan.Zero);
                    evaluations.Add((new Evaluation
                    {
                        Id = Guid.CreateVersion7(at),
                        TenantId = directory.TenantId,
                        SchoolId = assignment.SchoolId,
                        SubjectId = assignment.SubjectId,
                        ClassId = assignment.ClassId,
                        GroupId = assignment.GroupId,
                        TeacherId = assignment.TeacherId,
                        PeriodId = period.Id,
                        Date = date,
                        Title = $"Évaluation {i + 1}",
                        Kind = (EvaluationKind)(i % 3),
                        Coefficient = 1 + (i % 2),
                        MaxMark = i == 1 ? 10 : 20,
                        PublishAt = i < EvaluationsPerPeriod - 1 ? at.AddDays(3) : null,
                        CreatedAt = at,
                        UpdatedAt = at,
                    }, students));
                }
            }
        }

        await using var db = await stores.CreateDbContextAsync(cancellationToken);
        var written = await db.BulkInsertAsync(evaluations.Select(e => e.Evaluation), cancellationToken);
        context.Progress.Report(new SyntheticProgress("grades", "evaluations", written));
        written = await db.BulkInsertAsync(evaluations.SelectMany(e => e.Students.Select(student => MarkOf(random, e.Evaluation, student))), cancellationToken);
        context.Progress.Report(new SyntheticProgress("grades", "marks", written));
    }

    private static Mark MarkOf(Random random, Evaluation evaluation, Guid student)
    {
        var draw = random.Next(100);
        MarkAnnotation? annotation = draw switch { < 3 => MarkAnnotation.Absent, < 5 => MarkAnnotation.Exempt, _ => null };
        return new Mark
        {
            Id = Guid.CreateVersion7(evaluation.CreatedAt),
            TenantId = evaluation.TenantId,
            EvaluationId = evaluation.Id,
            StudentId = student,
            Value = annotation is null ? random.Next(0, (int)(evaluation.MaxMark * 2) + 1) / 2m : null,
            Annotation = annotation,
            EnteredById = evaluation.TeacherId,
            EnteredAt = evaluation.CreatedAt,
            UpdatedById = evaluation.TeacherId,
            UpdatedAt = evaluation.CreatedAt,
        };
    }
}
