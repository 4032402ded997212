using Ent.Directory;
using Ent.GraphQL;
using Ent.GraphQL.Connections;
using Ent.Plugins.Grades.Domain;
using GraphQL.Types;

namespace Ent.Plugins.Grades.GraphQL.Averages;

/// <summary>A class's statistics in each subject over a period.</summary>
internal sealed record ClassAverages(SchoolClass Class, Period Period, IReadOnlyList<ClassSubjectAverage> Subjects);

/// <summary>The statistics of a class's averages in a subject, if the viewer may see them.</summary>
internal sealed record ClassSubjectAverage(Subject Subject, GradeStatistics? Statistics);

internal sealed class ClassAveragesType : ObjectGraphType<ClassAverages>
{
    public ClassAveragesType()
    {
        Name = "ClassAverages";
        Description = "A class's averages over a period: in each subject, the average, minimum and maximum of its students' averages. They never say whose.";
        Field("period", new NonNullGraphType(new GraphQLTypeReference(CoreTypeNames.Period)))
            .Description("The period they cover.")
            .Resolve(context => context.Source.Period);
        Field<NonNullGraphType<ConnectionType<ClassSubjectAverageType, ClassSubjectAverage>>>("subjects")
            .Description("Each subject in which a student of the class has an average, by subject name.")
            .PagingArguments()
            .Resolve(context => context.Source.Subjects.ToConnection(ConnectionArguments.From(context)));
    }
}

internal sealed class ClassSubjectAverageType : ObjectGraphType<ClassSubjectAverage>
{
    public ClassSubjectAverageType()
    {
        Name = "ClassSubjectAverage";
        Description = "The statistics of a class's averages in a subject.";
        Field("subject", new NonNullGraphType(new GraphQLTypeReference(CoreTypeNames.Subject)))
            .Description("The subject.")
            .Resolve(context => context.Source.Subject);
        Field<GradeStatisticsType>("statistics")
            .Description($"The average, minimum and maximum of the students' averages, out of 20; null for students and relatives while fewer than {StatisticsPrivacy.MinimumCount} students have one.")
            .Resolve(context => context.Source.Statistics);
    }
}
