using Ent.GraphQL;
using Ent.Plugins.Grades.Domain;
using Ent.Plugins.Grades.GraphQL.Evaluations;
using GraphQL.Types;

namespace Ent.Plugins.Grades.GraphQL.Marks;

internal sealed record EnterMarksPayload(Evaluation? Evaluation, IReadOnlyList<Mark> Marks, IReadOnlyList<UserError> Errors) : IPayload;

internal sealed class EnterMarksPayloadType : PayloadType<EnterMarksPayload>
{
    public EnterMarksPayloadType()
        : base("EnterMarksPayload", "The result of enterMarks.")
    {
        Field<EvaluationType>("evaluation").Description("The evaluation; null when there are errors.").Resolve(context => context.Source.Evaluation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MarkType>>>>("marks")
            .Description("The marks now saved for the students of the input, in its order; removed marks are left out.")
            .Resolve(context => context.Source.Marks);
    }
}
