using Ent.GraphQL;
using Ent.Host.GraphQL.Schema;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Errors.Custom;
using Microsoft.Extensions.Options;

namespace Ent.Host.GraphQL.Execution;

/// <summary>Runs GraphQL operations against a tenant's schema, with the host's limits and error policy.</summary>
internal sealed class GraphQLExecutor
{
    private readonly DocumentExecuter _executer;
    private readonly IGraphQLTextSerializer _serializer;
    private readonly ILogger<GraphQLExecutor> _logger;
    private readonly IValidationRule[] _rules;
    private readonly IValidationRule[] _requestRules;
    private readonly IValidationRule[] _getRules;

    public GraphQLExecutor(
        ValidatedDocumentCache cache,
        IGraphQLTextSerializer serializer,
        IEnumerable<IRequestValidationRule> requestRules,
        IOptions<GraphQLOptions> options,
        ILogger<GraphQLExecutor> logger)
    {
        _serializer = serializer;
        _logger = logger;
        _executer = new DocumentExecuter(new GraphQLDocumentBuilder(), new DocumentValidator(), new DefaultExecutionStrategySelector(), [cache]);
        var complexity = new ComplexityValidationRule(new ComplexityOptions
        {
            MaxDepth = options.Value.MaxDepth,
            MaxComplexity = options.Value.MaxComplexity,
        });
        _rules = [.. DocumentValidator.CoreRules, complexity];
        _requestRules = [.. requestRules.Select(rule => rule.Rule)];
        _getRules = [QueriesOnlyValidationRule.Instance];
    }

    public async Task<ExecutionResult> ExecuteAsync(EntSchema schema, GraphQLRequest request, HttpContext httpContext, bool isGet)
    {
        IValidationRule[] perRequestRules = isGet ? [.. _requestRules, .. _getRules] : _requestRules;
        var options = new ExecutionOptions
        {
            Schema = schema,
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = ReadVariables(request),
            Extensions = request.Extensions is { } extensions ? _serializer.ReadNode<Inputs>(extensions) : null,
            RequestServices = httpContext.RequestServices,
            User = httpContext.User,
            CancellationToken = httpContext.RequestAborted,
            UserContext = new Dictionary<string, object?>(),
            ValidationRules = [.. _rules, .. perRequestRules],
            CachedDocumentValidationRules = perRequestRules,
            ThrowOnUnhandledException = false,
            UnhandledExceptionDelegate = HideUnhandledException,
        };
        var result = await _executer.ExecuteAsync(options);
        foreach (var error in result.Errors?.OfType<ComplexityError>() ?? [])
        {
            // GraphQL.NET's code is COMPLEXITY; apps branch on the SDK's documented code.
            error.Code = ErrorCodes.QueryTooComplex;
        }

        return result;
    }

    private Inputs? ReadVariables(GraphQLRequest request)
    {
        var variables = request.Variables is { } json ? _serializer.ReadNode<Inputs>(json) : null;
        return request.Uploads is { Count: > 0 } uploads ? UploadVariables.Apply(variables, uploads) : variables;
    }

    private Task HideUnhandledException(UnhandledExceptionContext context)
    {
        if (context.OriginalException is OperationCanceledException && context.ExecutionOptions.CancellationToken.IsCancellationRequested)
        {
            return Task.CompletedTask;
        }

        _logger.LogError(context.OriginalException, "A GraphQL resolver failed on field {Field}.", context.FieldContext?.FieldDefinition.Name);
        context.Exception = new ExecutionError("An internal error occurred. It has been logged.") { Code = ErrorCodes.InternalServerError };
        return Task.CompletedTask;
    }
}

/// <summary>A validation rule that depends on the request (its caller, its method), so it runs even on cached documents.</summary>
internal interface IRequestValidationRule
{
    IValidationRule Rule { get; }
}
