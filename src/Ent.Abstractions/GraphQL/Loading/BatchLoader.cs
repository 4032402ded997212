using GraphQL.DataLoader;

namespace Ent.GraphQL.Loading;

/// <summary>
/// Gathers the keys requested during one execution step and fetches them together, once, caching each
/// value for the rest of the execution. Get one with
/// <see cref="BatchLoaderContextExtensions.GetBatchLoader{TKey, TValue}"/>.
/// </summary>
/// <typeparam name="TKey">The type of the keys.</typeparam>
/// <typeparam name="TValue">The type of the values.</typeparam>
public sealed class BatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<TKey, Task<TValue?>> _values = [];
    private readonly Lock _lock = new();
    private List<TKey> _pendingKeys = [];
    private TaskCompletionSource<IReadOnlyDictionary<TKey, TValue>> _pendingBatch = NewBatch();

    internal BatchLoader(
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        CancellationToken cancellationToken)
    {
        _fetch = fetch;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// Queues a key. The returned result is resolved by the execution strategy after the current step,
    /// together with every other key queued meanwhile.
    /// </summary>
    /// <param name="key">The key.</param>
    /// <returns>The value, or <see langword="null"/> when the fetch returned none for the key.</returns>
    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_lock)
        {
            if (!_values.TryGetValue(key, out var value))
            {
                var batch = _pendingBatch;
                _pendingKeys.Add(key);
                value = ValueOf(batch.Task, key);
                _values.Add(key, value);
            }

            return new BatchResult(this, value);
        }
    }

    private static async Task<TValue?> ValueOf(Task<IReadOnlyDictionary<TKey, TValue>> batch, TKey key)
    {
        var values = await batch;
        return values.TryGetValue(key, out var value) ? value : default;
    }

    private static TaskCompletionSource<IReadOnlyDictionary<TKey, TValue>> NewBatch() =>
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task DispatchAsync()
    {
        List<TKey> keys;
        TaskCompletionSource<IReadOnlyDictionary<TKey, TValue>> batch;
        lock (_lock)
        {
            if (_pendingKeys.Count == 0)
            {
                return;
            }

            keys = _pendingKeys;
            batch = _pendingBatch;
            _pendingKeys = [];
            _pendingBatch = NewBatch();
        }

        try
        {
            batch.SetResult(await _fetch(keys, _cancellationToken));
        }
        catch (OperationCanceledException) when (_cancellationToken.IsCancellationRequested)
        {
            batch.SetCanceled(_cancellationToken);
        }
#pragma warning disable CA1031 // Every waiting field sees the fetch's exception.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            batch.SetException(exception);
        }
    }

    private sealed class BatchResult(BatchLoader<TKey, TValue> loader, Task<TValue?> value) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (!value.IsCompleted)
            {
                await loader.DispatchAsync();
            }

            return await value.WaitAsync(cancellationToken);
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
