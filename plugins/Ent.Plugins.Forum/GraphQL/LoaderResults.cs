using GraphQL.DataLoader;

namespace Ent.Plugins.Forum.GraphQL;

/// <summary>
/// Maps a batched result without awaiting it, so that the field stays in its step's batch: awaiting a
/// loader inside a resolver would fetch its key alone.
/// </summary>
internal static class LoaderResults
{
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> source, Func<T, TResult> map) =>
        new MappedResult<T, TResult>(source, map);

    private sealed class MappedResult<T, TResult>(IDataLoaderResult<T> source, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await source.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
