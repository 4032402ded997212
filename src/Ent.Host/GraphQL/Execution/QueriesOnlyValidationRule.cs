using GraphQL.Validation;
using GraphQLParser.AST;

namespace Ent.Host.GraphQL.Execution;

/// <summary>Refuses mutations and subscriptions sent with HTTP GET, which must have no side effects.</summary>
internal sealed class QueriesOnlyValidationRule : ValidationRuleBase
{
    public const string Code = "HTTP_METHOD_NOT_ALLOWED";

    public static readonly QueriesOnlyValidationRule Instance = new();

    private QueriesOnlyValidationRule()
    {
    }

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(context.Operation.Operation == OperationType.Query ? null : Visitor);

    private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, context) =>
    {
        if (operation == context.Operation)
        {
            context.ReportError(new ValidationError(
                context.Document.Source,
                Code,
                $"A {operation.Operation.ToString().ToLowerInvariant()} must be sent with POST.",
                operation)
            {
                // The endpoint answers 405 on this code; ValidationError's own code is VALIDATION_ERROR.
                Code = Code,
            });
        }
    });
}
