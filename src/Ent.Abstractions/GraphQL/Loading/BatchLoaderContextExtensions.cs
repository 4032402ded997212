using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL;

namespace Ent.GraphQL.Loading;

/// <summary>Gives resolvers the batch loaders of the execution they run in.</summary>
public static class BatchLoaderContextExtensions
{
    private static readonly ConditionalWeakTable<IDictionary<string, object?>, ConcurrentDictionary<string, object>> LoadersByExecution = [];

    /// <summary>
    /// Gets the execution's loader with this name, creating it on first use. Loaders live as long as one
    /// execution, so a mutation never sees values cached before it.
    /// </summary>
    /// <typeparam name="TKey">The type of the keys.</typeparam>
    /// <typeparam name="TValue">The type of the values.</typeparam>
    /// <param name="context">The field's context.</param>
    /// <param name="name">A name unique across plugins, such as <c>grades.marksByStudent</c>.</param>
    /// <param name="fetch">
    /// Fetches all the keys of a batch in one query. It must open its own database context (from an
    /// <c>IDbContextFactory</c>), as other resolvers run beside it.
    /// </param>
    /// <returns>The loader.</returns>
    public static BatchLoader<TKey, TValue> GetBatchLoader<TKey, TValue>(
        this IResolveFieldContext context,
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(fetch);
        var loaders = LoadersByExecution.GetValue(context.UserContext, _ => new ConcurrentDictionary<string, object>());
        var cancellationToken = context.CancellationToken;
        return (BatchLoader<TKey, TValue>)loaders.GetOrAdd(name, _ => new BatchLoader<TKey, TValue>(fetch, cancellationToken));
    }
}
