using Ent.Directory;
using Ent.GraphQL;
using Ent.GraphQL.Connections;
using Ent.GraphQL.Loading;
using Ent.Plugins.Grades.Data;
using Ent.Plugins.Grades.GraphQL.Averages;
using GraphQL.Types;

namespace Ent.Plugins.Grades.GraphQL.ReportCards;

internal sealed class ReportCardType : ObjectGraphType<ReportCard>
{
    public ReportCardType()
    {
        Name = "ReportCard";
        Description = "A student's report card (bulletin) for a period: subject averages beside the class's, teachers' comments, and the council's opinion.";
        Field("student", new NonNullGraphType(new GraphQLTypeReference(CoreTypeNames.Person)))
            .Description("The student.")
            .Resolve(context => context.LoadById<GradesDbContext, Person>(context.Source.Averages.Placement.StudentId));
        Field("period", new NonNullGraphType(new GraphQLTypeReference(CoreTypeNames.Period)))
            .Description("The period.")
            .Resolve(context => context.Source.Averages.Period);
        Field<DecimalGraphType>("overallAverage")
            .Description("The subject averages weighted by the subjects' coefficients, out of 20, rounded to two decimals; null when no subject has an average.")
            .Resolve(context => context.Source.Averages.OverallAverage);
        Field<NonNullGraphType<BooleanGraphType>>("isPublished")
            .Description("Whether students and relatives see it: from the period's report card publication day.")
            .Resolve(context => context.Source.IsPublished);
        Field<NonNullGraphType<ConnectionType<ReportCardSubjectType, ReportCardSubject>>>("subjects")
            .Description("Each subject with a mark or a comment in the period, by subject name.")
            .PagingArguments()
            .Resolve(context => context.Source.Subjects.ToConnection(ConnectionArguments.From(context)));
        Field<ReportCardCommentType>("opinion")
            .Description("The form tutor's or class council's opinion, once written.")
            .Resolve(context => context.Source.Opinion);
    }
}

internal sealed class ReportCardSubjectType : ObjectGraphType<ReportCardSubject>
{
    public ReportCardSubjectType()
    {
        Name = "ReportCardSubject";
        Description = "A subject on a report card.";
        Field("subject", new NonNullGraphType(new GraphQLTypeReference(CoreTypeNames.Subject)))
            .Description("The subject.")
            .Resolve(context => context.Source.Subject);
        Field<SubjectAverageType>("average")
            .Description("The student's average beside the class's; null when the subject has a comment but no mark.")
            .Resolve(context => context.Source.Average);
        Field<ReportCardCommentType>("comment")
            .Description("The teacher's comment (appréciation), once written.")
            .Resolve(context => context.Source.Comment);
    }
}

internal sealed class ReportCardCommentType : ObjectGraphType<ReportCardComment>
{
    public ReportCardCommentType()
    {
        Name = "ReportCardComment";
        Description = "A comment on a report card.";
        Field(c => c.Text).Description("The comment.");
        Field("author", new GraphQLTypeReference(CoreTypeNames.Person))
            .Description("Who wrote it.")
            .Resolve(context => context.LoadById<GradesDbContext, Person>(context.Source.AuthorId));
        Field(c => c.UpdatedAt).Description("When it was last written.");
    }
}
