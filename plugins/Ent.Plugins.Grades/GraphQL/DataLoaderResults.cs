using GraphQL.DataLoader;

namespace Ent.Plugins.Grades.GraphQL;

/// <summary>
/// The asynchronous counterpart of the SDK's <c>Then</c>: continues a batched load without awaiting it in the
/// resolver, so that the execution strategy gathers every key of the step before the batch is fetched.
/// </summary>
internal static class DataLoaderResults
{
    /// <summary>
    /// Continues with asynchronous work. The continuation may return another loader's result, which the
    /// execution strategy batches in turn; it must not use the resolver's context, which is done by then.
    /// </summary>
    public static IDataLoaderResult<TResult> ThenAsync<T, TResult>(this IDataLoaderResult<T> source, Func<T, CancellationToken, Task<TResult>> map) =>
        new Continuation<T, TResult>(source, map);

    private sealed class Continuation<T, TResult>(IDataLoaderResult<T> source, Func<T, CancellationToken, Task<TResult>> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            await map(await source.GetResultAsync(cancellationToken), cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
