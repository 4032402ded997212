using System.Linq.Expressions;
using Ent.GraphQL.Connections;
using Ent.GraphQL.Loading;
using Ent.Plugins.Absences.Data;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Absences.GraphQL;

/// <summary>How to read the lists of rows related to several keys, such as the roll calls of several classes.</summary>
/// <typeparam name="TRow">The listed rows.</typeparam>
/// <param name="Rows">Selects the rows of all the keys, unordered.</param>
/// <param name="Key">The key a row belongs to.</param>
/// <param name="FirstOfEachKey">Takes, in one query, at most that many rows of each key, in the list's order.</param>
/// <param name="Sort">Orders rows in memory as the list orders them.</param>
internal sealed record RelatedPageQuery<TRow>(
    Func<AbsencesDbContext, IReadOnlyList<Guid>, IQueryable<TRow>> Rows,
    Expression<Func<TRow, Guid?>> Key,
    Func<IQueryable<TRow>, int, IQueryable<TRow>> FirstOfEachKey,
    Func<IEnumerable<TRow>, IEnumerable<TRow>> Sort);

/// <summary>
/// Pages of the rows related to a key, batched with the other keys asked for in the step, so that a list of
/// classes with their roll calls takes the same statements whatever the number of classes: one for the
/// rows of every key, and one more for their counts when the query selects <c>totalCount</c>. A first page
/// (no cursor, no <c>last</c>) reads only the rows it shows, and one more, of each key; other pages read
/// each key's whole list.
/// </summary>
internal static class RelatedPages
{
    /// <summary>Loads a key's page. Return the result from the resolver: the execution gathers every key first.</summary>
    /// <typeparam name="TRow">The listed rows.</typeparam>
    /// <param name="context">The connection field's context, for its paging arguments and selection.</param>
    /// <param name="name">
    /// The loader's name, unique in the plugin, with every argument that changes the rows (a filter, an order).
    /// </param>
    /// <param name="key">The key.</param>
    /// <param name="query">How to read the rows.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ExecutionError">For invalid paging arguments.</exception>
    public static IDataLoaderResult<Connection<TRow>> Load<TRow>(IResolveFieldContext context, string name, Guid key, RelatedPageQuery<TRow> query)
    {
        var arguments = ConnectionArguments.From(context);

        // Refuses invalid paging arguments before any query.
        _ = Array.Empty<TRow>().ToConnection(arguments);
        var wantsCount = context.SubFields?.ContainsKey("totalCount") == true;
        int? firstRows = arguments is { After: null, Before: null, Last: null }
            ? (arguments.First ?? ConnectionArguments.DefaultPageSize) + 1
            : null;
        return context.GetBatchLoader<Guid, KeyedPage<TRow>>($"absences.{name}|{firstRows}|{wantsCount}", async (keys, cancellationToken) =>
        {
            await using var db = await AbsenceLoaders.CreateAsync(context, cancellationToken);
            var rows = query.Rows(db, keys);
            var key = query.Key.Compile();
            var found = await (firstRows is { } count ? query.FirstOfEachKey(rows, count) : rows).ToListAsync(cancellationToken);
            var counts = firstRows is not null && wantsCount
                ? await rows.GroupBy(query.Key).Select(group => new { group.Key, Count = group.Count() }).ToDictionaryAsync(group => group.Key!.Value, group => group.Count, cancellationToken)
                : null;
            return found.GroupBy(row => key(row)!.Value).ToDictionary(
                group => group.Key,
                group => new KeyedPage<TRow>([.. group], counts?.GetValueOrDefault(group.Key)));
        }).Load(key).Then(page =>
        {
            var rows = (IReadOnlyList<TRow>)[.. query.Sort(page?.Rows ?? [])];
            var connection = rows.ToConnection(arguments);
            return connection with { TotalCount = wantsCount ? page?.Count ?? rows.Count : null };
        });
    }

    // The rows read of one key, and its count when the rows are only the first ones.
    private sealed record KeyedPage<TRow>(IReadOnlyList<TRow> Rows, int? Count);
}
