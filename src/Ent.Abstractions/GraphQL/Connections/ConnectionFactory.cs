using GraphQL;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Ent.GraphQL.Connections;

/// <summary>Cuts a page out of an ordered list, from the database or from memory.</summary>
public static class ConnectionFactory
{
    /// <summary>
    /// Reads one page of an ordered query: one statement for the page, and one more for the total count
    /// only when the query selects <c>totalCount</c>.
    /// </summary>
    /// <typeparam name="T">The type of the listed objects.</typeparam>
    /// <param name="query">The query, ordered so that paging is stable (end with a unique key).</param>
    /// <param name="context">The connection field's context, for its arguments and selection.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ExecutionError">With code <see cref="ErrorCodes.BadUserInput"/> for invalid paging arguments.</exception>
    public static async Task<Connection<T>> ToConnectionAsync<T>(this IOrderedQueryable<T> query, IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(context);
        var window = PageWindow.From(ConnectionArguments.From(context));
        var cancellationToken = context.CancellationToken;
        var wantsCount = context.SubFields?.ContainsKey("totalCount") == true;

        int? totalCount = wantsCount || (window.FromEnd && window.End is null)
            ? await CountAsync(query, cancellationToken)
            : null;

        var (start, end) = Bounds(window, totalCount);
        var rows = await ToListAsync(query.Skip(start).Take(end - start + 1), cancellationToken);
        return Build(rows, start, end, window, totalCount, wantsCount);
    }

    /// <summary>Cuts one page out of a list already in memory, such as the result of a batched load.</summary>
    /// <typeparam name="T">The type of the listed objects.</typeparam>
    /// <param name="items">The whole ordered list.</param>
    /// <param name="arguments">The paging arguments.</param>
    /// <returns>The page, with its total count.</returns>
    /// <exception cref="ExecutionError">With code <see cref="ErrorCodes.BadUserInput"/> for invalid paging arguments.</exception>
    public static Connection<T> ToConnection<T>(this IReadOnlyList<T> items, ConnectionArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(arguments);
        var window = PageWindow.From(arguments);
        var (start, end) = Bounds(window, items.Count);
        var rows = items.Skip(start).Take(end - start + 1).ToList();
        return Build(rows, start, end, window, items.Count, wantsCount: true);
    }

    private static (int Start, int End) Bounds(PageWindow window, int? totalCount)
    {
        var end = window.End ?? totalCount ?? int.MaxValue;
        if (totalCount is { } count && end > count)
        {
            end = count;
        }

        var start = Math.Min(window.Start, end);
        if (window.FromEnd)
        {
            start = Math.Max(start, end - window.Size);
        }
        else
        {
            end = (int)Math.Min(end, (long)start + window.Size);
        }

        return (start, end);
    }

    private static Connection<T> Build<T>(List<T> rows, int start, int end, PageWindow window, int? totalCount, bool wantsCount)
    {
        var hasMore = rows.Count > end - start || (window.End is { } before && end == before && totalCount is null);
        if (rows.Count > end - start)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        var edges = rows.Select((node, index) => new Edge<T>(PageWindow.EncodeCursor(start + index), node)).ToList();
        var pageInfo = new PageInfo
        {
            HasPreviousPage = start > 0,
            HasNextPage = hasMore || (totalCount is { } count && end < count),
            StartCursor = edges.Count > 0 ? edges[0].Cursor : null,
            EndCursor = edges.Count > 0 ? edges[^1].Cursor : null,
        };
        return new Connection<T>(edges, pageInfo, wantsCount ? totalCount : null);
    }

    private static Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query.Provider is IAsyncQueryProvider
            ? query.CountAsync(cancellationToken)
            : Task.FromResult(query.Count());

    private static async Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query.Provider is IAsyncQueryProvider
            ? await query.ToListAsync(cancellationToken)
            : query.ToList();
}
