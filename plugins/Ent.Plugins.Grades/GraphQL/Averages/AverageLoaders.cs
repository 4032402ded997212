using Ent.Directory;
using Ent.GraphQL.Loading;
using Ent.Plugins.Grades.Access;
using Ent.Plugins.Grades.Data;
using Ent.Plugins.Grades.Domain;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Grades.GraphQL.Averages;

/// <summary>
/// Batched computation of averages: a fixed number of statements for all the students (or classes) of an
/// execution step, however many there are and however many marks they have.
/// </summary>
internal static class AverageLoaders
{
    /// <summary>
    /// A student's averages over a period (by default the current period of their class), or
    /// <see langword="null"/> when the viewer may not see the student, the student has no class, or the
    /// period does not apply to their class.
    /// </summary>
    public static IDataLoaderResult<StudentAverages?> ForStudent(IResolveFieldContext context, Guid studentId, Guid? periodId)
    {
        var grades = context.Grades();
        return context.GetBatchLoader<(Guid StudentId, Guid? PeriodId), StudentAverages>(
            "grades.studentAverages",
            (keys, cancellationToken) => LoadStudentAveragesAsync(grades, keys, cancellationToken))
            .Load((studentId, periodId));
    }

    /// <summary>
    /// The statistics of a class's averages in each subject over a period, by subject. The caller decides
    /// whether the viewer sees them (<see cref="StatisticsPrivacy"/>).
    /// </summary>
    public static IDataLoaderResult<IReadOnlyDictionary<Guid, Statistics>?> ClassStatistics(IResolveFieldContext context, Guid classId, Guid periodId)
    {
        var grades = context.Grades();
        return context.GetBatchLoader<(Guid ClassId, Guid PeriodId), IReadOnlyDictionary<Guid, Statistics>>(
            "grades.classStatistics",
            (keys, cancellationToken) => LoadClassStatisticsAsync(grades, keys, cancellationToken))
            .Load((classId, periodId));
    }

    /// <summary>Loads subjects by key, batched with the other subjects asked for in the step.</summary>
    public static async Task<IReadOnlyDictionary<Guid, Subject>> Subjects(IResolveFieldContext context, IReadOnlyList<Guid> subjectIds)
    {
        // Queue every key before awaiting any, so that they are fetched together.
        var pending = subjectIds.Select(id => (Id: id, Result: context.LoadById<GradesDbContext, Subject>(id))).ToList();
        var subjects = new Dictionary<Guid, Subject>();
        foreach (var (id, result) in pending)
        {
            if (await result.GetResultAsync(context.CancellationToken) is { } subject)
            {
                subjects[id] = subject;
            }
        }

        return subjects;
    }

    private static async Task<IReadOnlyDictionary<(Guid StudentId, Guid? PeriodId), StudentAverages>> LoadStudentAveragesAsync(
        GradeAccess grades,
        IReadOnlyList<(Guid StudentId, Guid? PeriodId)> keys,
        CancellationToken cancellationToken)
    {
        await using var db = await grades.CreateStoreAsync(cancellationToken);
        var tenant = grades.TenantId;
        var studentIds = keys.Select(key => key.StudentId).Distinct().ToList();
        var visible = grades.Policy.VisibleStudents(db);
        var wholeRecord = grades.Policy.FullRecordStudents(db);
        var placements = (await (
                from enrollment in db.Set<ClassEnrollment>()
                join schoolClass in db.Set<SchoolClass>() on enrollment.ClassId equals schoolClass.Id
                where studentIds.Contains(enrollment.StudentId) && visible.Contains(enrollment.StudentId)
                select new Placement(enrollment.StudentId, schoolClass.Id, schoolClass.SchoolId, wholeRecord.Contains(enrollment.StudentId)))
            .ToListAsync(cancellationToken))
            .GroupBy(placement => placement.StudentId)
            .ToDictionary(group => group.Key, group => group.OrderBy(placement => placement.ClassId).First());
        if (placements.Count == 0)
        {
            return new Dictionary<(Guid, Guid?), StudentAverages>();
        }

        var classIds = placements.Values.Select(p => p.ClassId).Distinct().ToList();
        var schoolIds = placements.Values.Select(p => p.SchoolId).Distinct().ToList();
        var candidatePeriods = await db.Set<Period>().AsNoTracking()
            .Where(p => p.TenantId == tenant && ((p.ClassId != null && classIds.Contains(p.ClassId.Value)) || (p.ClassId == null && schoolIds.Contains(p.SchoolId))))
            .ToListAsync(cancellationToken);

        var periodsByKey = new Dictionary<(Guid StudentId, Guid? PeriodId), (Placement Placement, Period Period)>();
        foreach (var key in keys)
        {
            if (!placements.TryGetValue(key.StudentId, out var placement))
            {
                continue;
            }

            var periods = ClassPeriods.Of(candidatePeriods, placement.ClassId, placement.SchoolId);
            var period = key.PeriodId is { } periodId ? periods.FirstOrDefault(p => p.Id == periodId) : ClassPeriods.Current(periods, grades.Today);
            if (period is not null)
            {
                periodsByKey[key] = (placement, period);
            }
        }

        var periodIds = periodsByKey.Values.Select(value => value.Period.Id).Distinct().ToList();
        var marks = await grades.VisibleMarks(db)
            .Where(m => studentIds.Contains(m.StudentId) && periodIds.Contains(m.Evaluation.PeriodId))
            .Select(m => new { m.StudentId, m.Evaluation.PeriodId, m.Evaluation.SubjectId, Mark = new GradedMark(m.Value, m.Annotation, m.Evaluation.MaxMark, m.Evaluation.Coefficient) })
            .ToListAsync(cancellationToken);
        var subjectIds = marks.Select(m => m.SubjectId).Distinct().ToList();
        var subjects = await db.Set<Subject>().AsNoTracking().Where(s => subjectIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var coefficients = await db.SubjectCoefficients.AsNoTracking()
            .Where(c => c.TenantId == tenant && schoolIds.Contains(c.SchoolId))
            .ToListAsync(cancellationToken);

        var marksByStudentAndPeriod = marks.ToLookup(m => (m.StudentId, m.PeriodId));
        return periodsByKey.ToDictionary(
            entry => entry.Key,
            entry =>
            {
                var (placement, period) = entry.Value;
                var subjectAverages = marksByStudentAndPeriod[(placement.StudentId, period.Id)]
                    .GroupBy(m => m.SubjectId)
                    .Where(group => subjects.ContainsKey(group.Key))
                    .Select(group => new SubjectAverage(
                        placement,
                        period,
                        subjects[group.Key],
                        AverageCalculator.SubjectAverage(group.Select(m => m.Mark)),
                        SubjectCoefficients.Of(coefficients, placement.SchoolId, placement.ClassId, group.Key)))
                    .OrderBy(average => average.Subject.Name, StringComparer.Ordinal)
                    .ThenBy(average => average.Subject.Id)
                    .ToList();
                return new StudentAverages(placement, period, subjectAverages);
            });
    }

    private static async Task<IReadOnlyDictionary<(Guid ClassId, Guid PeriodId), IReadOnlyDictionary<Guid, Statistics>>> LoadClassStatisticsAsync(
        GradeAccess grades,
        IReadOnlyList<(Guid ClassId, Guid PeriodId)> keys,
        CancellationToken cancellationToken)
    {
        await using var db = await grades.CreateStoreAsync(cancellationToken);
        var classIds = keys.Select(key => key.ClassId).Distinct().ToList();
        var periodIds = keys.Select(key => key.PeriodId).Distinct().ToList();
        var counted = grades.CountedEvaluations(db);

        // The pupils first, by the class index: joined in one statement with the marks, PostgreSQL misjudges
        // how many marks a class's pupils have and scans every enrollment of the tenant instead.
        var enrollments = await db.Set<ClassEnrollment>().AsNoTracking()
            .Where(e => classIds.Contains(e.ClassId))
            .Select(e => new { e.ClassId, e.StudentId })
            .ToListAsync(cancellationToken);
        var studentIds = enrollments.Select(e => e.StudentId).Distinct().ToList();
        var studentMarks = await (
                from mark in db.Marks
                join evaluation in counted on mark.EvaluationId equals evaluation.Id
                where studentIds.Contains(mark.StudentId) && periodIds.Contains(evaluation.PeriodId)
                select new
                {
                    evaluation.PeriodId,
                    evaluation.SubjectId,
                    mark.StudentId,
                    Mark = new GradedMark(mark.Value, mark.Annotation, evaluation.MaxMark, evaluation.Coefficient),
                })
            .ToListAsync(cancellationToken);
        var marksByStudent = studentMarks.ToLookup(m => m.StudentId);
        var marks = enrollments.SelectMany(e => marksByStudent[e.StudentId].Select(m => new { e.ClassId, m.PeriodId, m.SubjectId, m.StudentId, m.Mark }));

        var byClassAndPeriod = marks.ToLookup(m => (m.ClassId, m.PeriodId));
        return keys.Distinct().ToDictionary(
            key => key,
            key => (IReadOnlyDictionary<Guid, Statistics>)byClassAndPeriod[key]
                .GroupBy(m => m.SubjectId)
                .Select(subject => (
                    SubjectId: subject.Key,
                    Statistics: AverageCalculator.Statistics(subject
                        .GroupBy(m => m.StudentId)
                        .Select(student => AverageCalculator.SubjectAverage(student.Select(m => m.Mark)).Average)
                        .OfType<decimal>())))
                .Where(subject => subject.Statistics is not null)
                .ToDictionary(subject => subject.SubjectId, subject => subject.Statistics!));
    }
}
