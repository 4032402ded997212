using BenchmarkDotNet.Attributes;
using Ent.Bench.EndToEnd;
using Ent.Host.GraphQL.Execution;
using Ent.Host.GraphQL.Schema;
using Ent.Host.Tenancy;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ent.Bench.Micro;

/// <summary>
/// The relative's dashboard document: parsed and validated with the host's rules (a first request), against
/// taking it from the host's cache of validated documents (every later request with the same text).
/// </summary>
[MemoryDiagnoser]
public class DocumentValidationBenchmarks
{
    private readonly DocumentValidator _validator = new();
    private readonly GraphQLDocumentBuilder _builder = new();
    private MicroHost? _host;
    private EntSchema? _schema;
    private ValidatedDocumentCache? _cache;
    private IValidationRule[] _rules = [];
    private string _query = string.Empty;
    private Inputs _variables = Inputs.Empty;

    [GlobalSetup]
    public void SetUp()
    {
        _host = MicroHost.Create();
        var tenant = _host.Services.GetRequiredService<TenantRegistry>().Default!;
        _schema = _host.Services.GetRequiredService<SchemaRegistry>().GetSchema(tenant);
        _query = Scenarios.DashboardQuery(tenant.Bouquet);
        var limits = _host.Services.GetRequiredService<IOptions<GraphQLOptions>>().Value;
        _rules = [.. DocumentValidator.CoreRules, new ComplexityValidationRule(new ComplexityOptions { MaxDepth = limits.MaxDepth, MaxComplexity = limits.MaxComplexity })];
        _cache = _host.Services.GetRequiredService<ValidatedDocumentCache>();
        _variables = new Inputs(new Dictionary<string, object?> { ["from"] = "2026-11-01" });
        var errors = ValidateAsync().GetAwaiter().GetResult().Errors;
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"The dashboard query does not validate against the built-in schema: {string.Join(" ", errors.Select(e => e.Message))}");
        }

        _ = FromCache().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "Parse + validate, dashboard query")]
    public async Task<bool> ParseAndValidate() => (await ValidateAsync()).IsValid;

    [Benchmark(Description = "Cached document, dashboard query")]
    public async Task<bool> FromCache()
    {
        var result = await _cache!.ExecuteAsync(new ExecutionOptions { Schema = _schema, Query = _query, Variables = _variables }, options =>
            Task.FromResult(new ExecutionResult { Executed = true, Document = options.Document ?? _builder.Build(options.Query!) }));
        return result.Document is not null;
    }

    private async Task<IValidationResult> ValidateAsync()
    {
        var document = _builder.Build(_query);
        return await _validator.ValidateAsync(new ValidationOptions
        {
            Schema = _schema!,
            Document = document,
            Rules = _rules,
            Operation = document.Definitions.OfType<GraphQLOperationDefinition>().First(),
            Variables = _variables,
            Extensions = Inputs.Empty,
            UserContext = new Dictionary<string, object?>(),
            Metrics = global::GraphQL.Instrumentation.Metrics.None,
            RequestServices = _host!.Services,
        });
    }

    [GlobalCleanup]
    public void CleanUp() => _host?.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
