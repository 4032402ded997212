using Ent.Directory;
using Ent.GraphQL;
using Ent.GraphQL.Connections;
using Ent.GraphQL.Loading;
using Ent.GraphQL.Ordering;
using Ent.Plugins.Grades.Data;
using Ent.Plugins.Grades.Domain;
using Ent.Plugins.Grades.GraphQL.Averages;
using Ent.Plugins.Grades.GraphQL.Marks;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Grades.GraphQL.Evaluations;

internal sealed class EvaluationType : NodeGraphType<Evaluation>
{
    public EvaluationType()
    {
        Name = "Evaluation";
        Description = "A test, oral or homework a teacher marks (devoir), set to a class or a teaching group. Students and relatives see it from its publication.";
        Field(e => e.Title).Description("The title, such as Contrôle de fractions.");
        Field(e => e.Description, nullable: true).Description("What the evaluation covered, if said.");
        Field<NonNullGraphType<EnumerationGraphType<EvaluationKind>>>("kind").Description("The kind of work marked.").Resolve(context => context.Source.Kind);
        Field(e => e.Date).Description("The day the evaluation took place (or, for homework, was due).");
        Field(e => e.Coefficient).Description("The weight of the evaluation in its subject's average.");
        Field(e => e.MaxMark).Description("The mark of a perfect answer: 20 usually, any positive scale allowed. Marks are brought back to /20 for averages.");
        Field(e => e.PublishAt, nullable: true).Description("When students and relatives see the evaluation and its marks; null while it is a draft.");
        Field<NonNullGraphType<BooleanGraphType>>("isPublished")
            .Description("Whether students and relatives see it now.")
            .Resolve(context => context.Source.IsPublishedAt(context.Grades().Now));
        Field("subject", new NonNullGraphType(new GraphQLTypeReference(CoreTypeNames.Subject)))
            .Description("The subject.")
            .Resolve(context => context.LoadById<GradesDbContext, Subject>(context.Source.SubjectId));
        Field("class", new GraphQLTypeReference(CoreTypeNames.Class))
            .Description("The class marked, when not a teaching group.")
            .Resolve(context => context.Source.ClassId is { } id ? context.LoadById<GradesDbContext, SchoolClass>(id) : null);
        Field("group", new GraphQLTypeReference(CoreTypeNames.TeachingGroup))
            .Description("The teaching group marked, when not a class.")
            .Resolve(context => context.Source.GroupId is { } id ? context.LoadById<GradesDbContext, TeachingGroup>(id) : null);
        Field("teacher", new NonNullGraphType(new GraphQLTypeReference(CoreTypeNames.Person)))
            .Description("The teacher who set it.")
            .Resolve(context => context.LoadById<GradesDbContext, Person>(context.Source.TeacherId));
        Field("period", new NonNullGraphType(new GraphQLTypeReference(CoreTypeNames.Period)))
            .Description("The period whose averages it counts in.")
            .Resolve(context => context.LoadById<GradesDbContext, Period>(context.Source.PeriodId));

        Field<NonNullGraphType<ConnectionType<MarkType, Mark>>>("marks")
            .Description("The marks the viewer may see: a student or relative sees only their own, its teachers every student's.")
            .Argument<OrderByInputType<MarkOrderField>>("orderBy", "The order; by default by student name.")
            .PagingArguments()
            .Resolve(context =>
            {
                var orderBy = context.GetArgument<OrderBy<MarkOrderField>?>("orderBy");
                var paging = ConnectionArguments.From(context);
                return MarkLoaders.ByEvaluation(context, context.Source.Id)
                    .Then(marks => MarkLoaders.Order(marks ?? [], orderBy, MarkLoaders.ByStudentName).ToConnection(paging));
            });

        Field<GradeStatisticsType>("statistics")
            .Description($"The average, minimum and maximum of its counted marks (ordinary and bonus), on its own scale. Null without counted marks, and for students and relatives while fewer than {StatisticsPrivacy.MinimumCount} marks count, so that no classmate's mark can be worked out.")
            .Resolve(context =>
            {
                var evaluation = context.Source;
                var grades = context.Grades();
                return MarkLoaders.EvaluationStatistics(context, evaluation.Id).ThenAsync(async (statistics, cancellationToken) =>
                {
                    var grading = await grades.GradingAsync(cancellationToken);
                    var seesEveryMark = grading.Teaches(evaluation.SubjectId, evaluation.ClassId, evaluation.GroupId)
                        || grading.SeesEveryMarkOf(evaluation.SchoolId, evaluation.ClassId);
                    return StatisticsPrivacy.Disclose(statistics, seesEveryMark) is { } disclosed
                        ? new GradeStatistics(disclosed, evaluation.MaxMark)
                        : null;
                });
            });
    }

    protected override Guid GetKey(Evaluation source) => source.Id;

    public override async ValueTask<object?> ResolveNodeAsync(IResolveFieldContext context, Guid key)
    {
        var grades = context.Grades();
        await using var db = await grades.CreateStoreAsync(context.CancellationToken);
        return await grades.VisibleEvaluations(db).AsNoTracking().FirstOrDefaultAsync(e => e.Id == key, context.CancellationToken);
    }
}
