using Ent.Demo;
using Ent.Directory;
using Ent.Plugins.Grades.Data;
using Ent.Plugins.Grades.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Grades.Demo;

/// <summary>
/// Gives the demo tenant a first trimester of marks: for every subject taught to a class or group, two
/// published evaluations and a draft its teacher has marked but not published yet, with a few absences and
/// exemptions; maths and French weigh 2 in overall averages. The same marks on every fresh database.
/// </summary>
internal sealed class GradesDemoData(IDbContextFactory<GradesDbContext> stores) : IDemoDataSeeder
{
    private static readonly (string Title, EvaluationKind Kind, decimal MaxMark, decimal Coefficient, bool IsPublished)[] Evaluations =
    [
        ("Évaluation de rentrée", EvaluationKind.Written, 20, 2, true),
        ("Devoir maison", EvaluationKind.Homework, 10, 1, true),
        ("Contrôle de mi-trimestre", EvaluationKind.Written, 20, 1, false),
    ];

    public async Task SeedAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var db = await stores.CreateDbContextAsync(cancellationToken);
        if (await db.Evaluations.AnyAsync(e => e.TenantId == tenantId, cancellationToken))
        {
            return;
        }

        var assignments = await db.Set<TeachingAssignment>().AsNoTracking().Where(a => a.TenantId == tenantId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var periods = await db.Set<Period>().AsNoTracking().Where(p => p.TenantId == tenantId).ToListAsync(cancellationToken);
        var subjects = await db.Set<Subject>().AsNoTracking().Where(s => s.TenantId == tenantId).ToListAsync(cancellationToken);
        var studentsByClass = (await db.Set<ClassEnrollment>().AsNoTracking().Where(e => e.TenantId == tenantId).ToListAsync(cancellationToken))
            .ToLookup(e => e.ClassId, e => e.StudentId);
        var studentsByGroup = (await db.Set<GroupMembership>().AsNoTracking().Where(m => m.TenantId == tenantId).ToListAsync(cancellationToken))
            .ToLookup(m => m.GroupId, m => m.StudentId);
        var random = new Random(20260901);

        foreach (var (assignment, index) in assignments.Select((assignment, index) => (assignment, index)))
        {
            var classPeriods = assignment.ClassId is { } classId
                ? ClassPeriods.Of(periods, classId, assignment.SchoolId)
                : [.. periods.Where(p => p.SchoolId == assignment.SchoolId && p.ClassId == null).OrderBy(p => p.StartDate)];
            if (classPeriods.Count == 0)
            {
                continue;
            }

            var period = classPeriods[0];
            var students = assignment.ClassId is { } id ? studentsByClass[id].Order().ToList() : studentsByGroup[assignment.GroupId!.Value].Order().ToList();
            for (var i = 0; i < Evaluations.Length; i++)
            {
                var (title, kind, maxMark, coefficient, isPublished) = Evaluations[i];
                var date = period.StartDate.AddDays(14 + (i * 21) + (index % 7));
                var evaluation = new Evaluation
                {
                    Id = Guid.CreateVersion7(),
                    TenantId = tenantId,
                    SchoolId = assignment.SchoolId,
                    SubjectId = assignment.SubjectId,
                    ClassId = assignment.ClassId,
                    GroupId = assignment.GroupId,
                    TeacherId = assignment.TeacherId,
                    PeriodId = period.Id,
                    Date = date,
                    Title = title,
                    Kind = kind,
                    MaxMark = maxMark,
                    Coefficient = coefficient,
                    PublishAt = isPublished ? Evening(date.AddDays(4)) : null,
                    CreatedAt = Evening(date),
                    UpdatedAt = Evening(date),
                };
                db.Evaluations.Add(evaluation);
                foreach (var student in students)
                {
                    db.Marks.Add(DemoMark(random, evaluation, student));
                }
            }
        }

        foreach (var subject in subjects.Where(s => s.Code is "MATHS" or "FRANC"))
        {
            db.SubjectCoefficients.Add(new SubjectCoefficient { Id = Guid.CreateVersion7(), TenantId = tenantId, SchoolId = subject.SchoolId, SubjectId = subject.Id, Coefficient = 2 });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static Mark DemoMark(Random random, Evaluation evaluation, Guid student)
    {
        var draw = random.NextDouble();
        var annotation = draw switch
        {
            < 0.04 => MarkAnnotation.Absent,
            < 0.06 => MarkAnnotation.Exempt,
            _ => (MarkAnnotation?)null,
        };

        // Mostly between 8 and 19 out of 20, in half points.
        decimal? value = annotation is null ? Math.Round((decimal)(8 + (random.NextDouble() * 11)) * evaluation.MaxMark / 20 * 2, MidpointRounding.AwayFromZero) / 2 : null;
        return new Mark
        {
            Id = Guid.CreateVersion7(),
            TenantId = evaluation.TenantId,
            EvaluationId = evaluation.Id,
            StudentId = student,
            Value = value,
            Annotation = annotation,
            EnteredById = evaluation.TeacherId,
            EnteredAt = evaluation.CreatedAt,
            UpdatedById = evaluation.TeacherId,
            UpdatedAt = evaluation.CreatedAt,
        };
    }

    private static DateTimeOffset Evening(DateOnly day)
    {
        var local = day.ToDateTime(new TimeOnly(17, 0));
        return new DateTimeOffset(local, SchoolCalendar.TimeZone.GetUtcOffset(local)).ToUniversalTime();
    }
}
