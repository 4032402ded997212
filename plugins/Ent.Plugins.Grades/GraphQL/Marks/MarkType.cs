using Ent.Directory;
using Ent.GraphQL;
using Ent.GraphQL.Connections;
using Ent.GraphQL.Loading;
using Ent.Plugins.Grades.Data;
using Ent.Plugins.Grades.Domain;
using Ent.Plugins.Grades.GraphQL.Evaluations;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Grades.GraphQL.Marks;

internal sealed class MarkType : NodeGraphType<Mark>
{
    public MarkType()
    {
        Name = "Mark";
        Description = "A student's result in an evaluation: a number out of the evaluation's maximum, an annotation, or both.";
        Field<NonNullGraphType<EvaluationType>>("evaluation").Description("The evaluation.").Resolve(context => context.Source.Evaluation);
        Field("student", new NonNullGraphType(new GraphQLTypeReference(CoreTypeNames.Person)))
            .Description("The student.")
            .Resolve(context => context.LoadById<GradesDbContext, Person>(context.Source.StudentId));
        Field(m => m.Value, nullable: true).Description("The number, from 0 to the evaluation's maximum; null for absent, exempt and not graded marks.");
        Field<EnumerationGraphType<MarkAnnotation>>("annotation")
            .Description("What the mark says besides, or instead of, a number; null for an ordinary mark.")
            .Resolve(context => context.Source.Annotation);
        Field<DecimalGraphType>("valueOutOf20")
            .Description("The number brought back to /20, rounded to two decimals, as averages use it.")
            .Resolve(context => context.Source.Value is { } value ? AverageCalculator.Round(AverageCalculator.ToScale(value, context.Source.Evaluation.MaxMark)) : null);
        Field(m => m.EnteredAt).Description("When the mark was first entered.");
        Field(m => m.UpdatedAt).Description("When the mark was last entered or corrected.");
        Field<NonNullGraphType<ConnectionType<MarkCorrectionType, MarkCorrection>>>("corrections")
            .Description("The changes made to the mark after its evaluation was published, oldest first: who, when, and the values before and after.")
            .PagingArguments()
            .Resolve(context =>
            {
                var paging = ConnectionArguments.From(context);
                return MarkLoaders.Corrections(context, context.Source.EvaluationId, context.Source.StudentId)
                    .Then(corrections => (corrections ?? []).ToConnection(paging));
            });
    }

    protected override Guid GetKey(Mark source) => source.Id;

    public override async ValueTask<object?> ResolveNodeAsync(IResolveFieldContext context, Guid key)
    {
        var grades = context.Grades();
        await using var db = await grades.CreateStoreAsync(context.CancellationToken);
        return await grades.VisibleMarks(db).AsNoTracking().Include(m => m.Evaluation).FirstOrDefaultAsync(m => m.Id == key, context.CancellationToken);
    }
}
