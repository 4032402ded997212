using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Ent.Host.GraphQL.Execution;

/// <summary>
/// Keeps documents that parsed and passed validation, per schema and query text, so that a repeated query
/// skips both. Rules that depend on the request rather than the document (such as the HTTP method rule)
/// still run, from <see cref="ExecutionOptions.CachedDocumentValidationRules"/>.
/// </summary>
internal sealed class ValidatedDocumentCache : IConfigureExecution, IDisposable
{
    private readonly MemoryCache _cache;

    public ValidatedDocumentCache(IOptions<GraphQLOptions> options)
    {
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.DocumentCacheSize });
    }

    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is null || options.Schema is null)
        {
            return await next(options);
        }

        var key = new CacheKey(options.Schema, options.Query);
        var cached = _cache.Get<GraphQLDocument>(key);
        if (cached is not null)
        {
            options.Document = cached;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
        }

        var result = await next(options);
        if (cached is null && result.Executed && result.Document is not null)
        {
            _cache.Set(key, result.Document, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        }

        return result;
    }

    public void Dispose() => _cache.Dispose();

    private sealed record CacheKey(object Schema, string Query);
}
