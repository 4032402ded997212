using GraphQL.DataLoader;

namespace Ent.Plugins.Grades.GraphQL;

/// <summary>
/// Continues a batched load without awaiting it in the resolver. A resolver that awaits a loader's result
/// fetches its key alone; one that returns the loader's result lets the execution strategy gather every key
/// of the step first, so that one statement serves them all.
/// </summary>
internal static class DataLoaderResults
{
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> source, Func<T, TResult> map) =>
        new Continuation<T, TResult>(source, (value, _) => Task.FromResult(map(value)));

    /// <summary>
    /// Continues with asynchronous work. The continuation may return another loader's result, which the
    /// execution strategy batches in turn; it must not use the resolver's context, which is done by then.
    /// </summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> source, Func<T, CancellationToken, Task<TResult>> map) =>
        new Continuation<T, TResult>(source, map);

    private sealed class Continuation<T, TResult>(IDataLoaderResult<T> source, Func<T, CancellationToken, Task<TResult>> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            await map(await source.GetResultAsync(cancellationToken), cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
