using Ent.Plugins.Grades.Domain;
using GraphQL.Types;

namespace Ent.Plugins.Grades.GraphQL.Averages;

/// <summary>Statistics with the scale they are given on.</summary>
internal sealed record GradeStatistics(Statistics Statistics, decimal OutOf);

internal sealed class GradeStatisticsType : ObjectGraphType<GradeStatistics>
{
    public GradeStatisticsType()
    {
        Name = "GradeStatistics";
        Description = "The average, minimum and maximum of a group's marks or averages. They never say whose.";
        Field<NonNullGraphType<DecimalGraphType>>("average").Description("The plain average, rounded to two decimals.").Resolve(context => context.Source.Statistics.Average);
        Field<NonNullGraphType<DecimalGraphType>>("minimum").Description("The lowest value.").Resolve(context => context.Source.Statistics.Minimum);
        Field<NonNullGraphType<DecimalGraphType>>("maximum").Description("The highest value.").Resolve(context => context.Source.Statistics.Maximum);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many marks or students they cover.").Resolve(context => context.Source.Statistics.Count);
        Field(s => s.OutOf).Description("The scale: the evaluation's maximum mark, or 20 for averages.");
    }
}
