using GraphQL.DataLoader;

namespace Ent.GraphQL.Loading;

/// <summary>Transforms batched results without waiting for them, so that the batch still gathers every key.</summary>
public static class DataLoaderResultExtensions
{
    /// <summary>
    /// Maps a pending result. Return the mapped result from the resolver: awaiting the result inside the
    /// resolver would send its batch at once, one key at a time.
    /// </summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <typeparam name="TResult">The type of the mapped value.</typeparam>
    /// <param name="result">The pending result.</param>
    /// <param name="map">The mapping, run once the batch has been fetched.</param>
    /// <returns>The pending mapped result.</returns>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> map)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(map);
        return new MappedResult<T, TResult>(result, map);
    }

    private sealed class MappedResult<T, TResult>(IDataLoaderResult<T> inner, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
