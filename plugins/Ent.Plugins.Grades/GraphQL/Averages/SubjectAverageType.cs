using Ent.GraphQL;
using Ent.Plugins.Grades.Domain;
using GraphQL;
using GraphQL.Types;

namespace Ent.Plugins.Grades.GraphQL.Averages;

internal sealed class SubjectAverageType : ObjectGraphType<SubjectAverage>
{
    public SubjectAverageType()
    {
        Name = "SubjectAverage";
        Description = "A student's average in a subject over a period, beside their class's.";
        Field("subject", new NonNullGraphType(new GraphQLTypeReference(CoreTypeNames.Subject)))
            .Description("The subject.")
            .Resolve(context => context.Source.Subject);
        Field<DecimalGraphType>("average")
            .Description("The average out of 20, rounded to two decimals; null when no mark counts yet (no marks, or all absent, exempt, not graded or not significant).")
            .Resolve(context => context.Source.Result.Average);
        Field<NonNullGraphType<IntGraphType>>("markCount")
            .Description("How many ordinary marks the average counts.")
            .Resolve(context => context.Source.Result.CountedMarks);
        Field<NonNullGraphType<IntGraphType>>("bonusMarkCount")
            .Description("How many bonus marks the average counts, because they raised it.")
            .Resolve(context => context.Source.Result.CountedBonusMarks);
        Field<NonNullGraphType<DecimalGraphType>>("coefficient")
            .Description("The subject's weight in the overall average: the class's, else the school's, else 1.")
            .Resolve(context => context.Source.Coefficient);
        Field<GradeStatisticsType>("classStatistics")
            .Description($"The average, minimum and maximum of the class's averages in the subject, out of 20. Null when no classmate has an average, and for students and relatives while fewer than {StatisticsPrivacy.MinimumCount} students have one.")
            .Resolve(context =>
            {
                var source = context.Source;
                var placement = source.Placement;
                var grades = context.Grades();
                return AverageLoaders.ClassStatistics(context, placement.ClassId, source.Period.Id).ThenAsync(async (bySubject, cancellationToken) =>
                {
                    var grading = await grades.GradingAsync(cancellationToken);
                    var statistics = bySubject?.GetValueOrDefault(source.Subject.Id);
                    var seesEveryAverage = grading.Teaches(source.Subject.Id, placement.ClassId, null) || grading.SeesEveryMarkOf(placement.SchoolId, placement.ClassId);
                    return StatisticsPrivacy.Disclose(statistics, seesEveryAverage) is { } disclosed ? new GradeStatistics(disclosed, AverageCalculator.Scale) : null;
                });
            });
    }
}
