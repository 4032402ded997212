using Ent.GraphQL;
using Ent.Plugins.Grades.Domain;
using GraphQL.Types;

namespace Ent.Plugins.Grades.GraphQL.Evaluations;

internal sealed record EvaluationPayload(Evaluation? Evaluation, IReadOnlyList<UserError> Errors) : IPayload;

internal abstract class EvaluationPayloadType : PayloadType<EvaluationPayload>
{
    protected EvaluationPayloadType(string name, string description)
        : base(name, description)
    {
        Field<EvaluationType>("evaluation").Description("The evaluation, as saved; null when there are errors.").Resolve(context => context.Source.Evaluation);
    }
}

internal sealed class CreateEvaluationPayloadType() : EvaluationPayloadType("CreateEvaluationPayload", "The result of createEvaluation.");

internal sealed class UpdateEvaluationPayloadType() : EvaluationPayloadType("UpdateEvaluationPayload", "The result of updateEvaluation.");

internal sealed class PublishEvaluationPayloadType() : EvaluationPayloadType("PublishEvaluationPayload", "The result of publishEvaluation.");

internal sealed record DeleteEvaluationPayload(Guid? DeletedEvaluationId, IReadOnlyList<UserError> Errors) : IPayload;

internal sealed class DeleteEvaluationPayloadType : PayloadType<DeleteEvaluationPayload>
{
    public DeleteEvaluationPayloadType()
        : base("DeleteEvaluationPayload", "The result of deleteEvaluation.")
    {
        Field<IdGraphType>("deletedEvaluationId")
            .Description("The global ID of the deleted evaluation; null when there are errors.")
            .Resolve(context => context.Source.DeletedEvaluationId is { } id ? GlobalId.Encode("Evaluation", id) : null);
    }
}
