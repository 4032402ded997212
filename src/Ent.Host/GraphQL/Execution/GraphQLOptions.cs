namespace Ent.Host.GraphQL.Execution;

/// <summary>Limits on GraphQL requests, bound from <c>Ent:GraphQL</c>.</summary>
internal sealed class GraphQLOptions
{
    public const string SectionName = "Ent:GraphQL";

    /// <summary>Gets or sets how deep a selection may nest (introspection included).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// Gets or sets the largest complexity a document may have: each field counts one, times the page size
    /// (<c>first</c> or <c>last</c>) or 20 for each enclosing list. Introspection counts nothing.
    /// </summary>
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>Gets or sets how many operations one batched HTTP request may carry.</summary>
    public int MaxBatchSize { get; set; } = 10;

    /// <summary>Gets or sets how many parsed and validated documents are kept, per process.</summary>
    public int DocumentCacheSize { get; set; } = 1_000;
}
