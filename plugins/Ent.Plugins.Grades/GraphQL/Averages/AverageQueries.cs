using Ent.Access;
using Ent.Directory;
using Ent.GraphQL;
using Ent.Plugins.Grades.Domain;
using Ent.Plugins.Grades.GraphQL.Evaluations;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Grades.GraphQL.Averages;

/// <summary>A student's averages, on <c>Person</c>, and a class's, on <c>Class</c>.</summary>
internal static class AverageQueries
{
    public static void AddPersonFields(ObjectGraphType<Person> person) =>
        person.Field<StudentAveragesType>("averages")
            .Description("A student's averages over a period, from the marks the viewer sees. Null when the viewer may not see the student, or when the period does not apply to the student's class (or, by default, before its first period).")
            .RequireScope(GradesScopes.Read)
            .Argument<IdGraphType>("period", "The period; by default the current period of the student's class, which the result names.")
            .Resolve(context => AverageLoaders.ForStudent(context, context.Source.Id, EvaluationQueries.OptionalId(context, "period", CoreTypeNames.Period)));

    public static void AddClassFields(ObjectGraphType<SchoolClass> schoolClass) =>
        schoolClass.Field<ClassAveragesType>("averages")
            .Description("The class's statistics in each subject over a period. Null when the period does not apply to the class (or, by default, before its first period).")
            .RequireScope(GradesScopes.Read)
            .Argument<IdGraphType>("period", "The period; by default the class's current period, which the result names.")
            .ResolveAsync(async context =>
            {
                var grades = context.Grades();
                var schoolClass = context.Source;
                var periodId = EvaluationQueries.OptionalId(context, "period", CoreTypeNames.Period);
                Period? period;
                await using (var db = await grades.CreateStoreAsync(context.CancellationToken))
                {
                    period = periodId is { } id
                        ? await SchoolCalendar.PeriodsOfClass(db, schoolClass.Id).AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, context.CancellationToken)
                        : await SchoolCalendar.CurrentPeriodOfClassAsync(db, schoolClass.Id, grades.Today, context.CancellationToken);
                }

                if (period is null)
                {
                    return null;
                }

                var bySubject = await AverageLoaders.ClassStatistics(context, schoolClass.Id, period.Id).GetResultAsync(context.CancellationToken)
                    ?? new Dictionary<Guid, Statistics>();
                var grading = await grades.GradingAsync(context.CancellationToken);
                var subjects = await AverageLoaders.Subjects(context, [.. bySubject.Keys]);
                return new ClassAverages(
                    schoolClass,
                    period,
                    [.. bySubject
                        .Where(entry => subjects.ContainsKey(entry.Key))
                        .Select(entry => new ClassSubjectAverage(
                            subjects[entry.Key],
                            StatisticsPrivacy.Disclose(entry.Value, grading.Teaches(entry.Key, schoolClass.Id, null) || grading.SeesEveryMarkOf(schoolClass.SchoolId, schoolClass.Id)) is { } disclosed
                                ? new GradeStatistics(disclosed, AverageCalculator.Scale)
                                : null))
                        .OrderBy(average => average.Subject.Name, StringComparer.Ordinal)
                        .ThenBy(average => average.Subject.Id)]);
            });
}
