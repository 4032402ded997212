using Ent.Directory;
using Ent.GraphQL;
using Ent.GraphQL.Connections;
using Ent.GraphQL.Loading;
using Ent.Plugins.Grades.Data;
using GraphQL.Types;

namespace Ent.Plugins.Grades.GraphQL.Averages;

internal sealed class StudentAveragesType : ObjectGraphType<StudentAverages>
{
    public StudentAveragesType()
    {
        Name = "StudentAverages";
        Description = "A student's averages over a period, computed by the server from the marks the viewer sees (docs/plugins/grades.md explains the method).";
        Field("student", new NonNullGraphType(new GraphQLTypeReference(CoreTypeNames.Person)))
            .Description("The student.")
            .Resolve(context => context.LoadById<GradesDbContext, Person>(context.Source.Placement.StudentId));
        Field("period", new NonNullGraphType(new GraphQLTypeReference(CoreTypeNames.Period)))
            .Description("The period the averages cover.")
            .Resolve(context => context.Source.Period);
        Field<DecimalGraphType>("overallAverage")
            .Description("The subject averages weighted by the subjects' coefficients, out of 20, rounded to two decimals. Null when no subject has an average, or when the viewer sees only some subjects (a teacher who is not the class's form tutor).")
            .Resolve(context => context.Source.OverallAverage);
        Field<NonNullGraphType<BooleanGraphType>>("isWholeRecord")
            .Description("Whether the viewer sees every subject (the student, their relatives, form tutors, staff), or only those they teach.")
            .Resolve(context => context.Source.Placement.IsWholeRecord);
        Field<NonNullGraphType<ConnectionType<SubjectAverageType, SubjectAverage>>>("subjects")
            .Description("The average in each subject with at least one mark in the period, by subject name.")
            .PagingArguments()
            .Resolve(context => context.Source.Subjects.ToConnection(ConnectionArguments.From(context)));
    }
}
