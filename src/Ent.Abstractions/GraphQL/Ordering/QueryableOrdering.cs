using System.Linq.Expressions;

namespace Ent.GraphQL.Ordering;

/// <summary>Applies an <see cref="OrderBy{TField}"/> to a query, the same way in every plugin.</summary>
public static class QueryableOrdering
{
    /// <summary>
    /// Orders a query by the requested field, then by a unique key so that pages never overlap.
    /// </summary>
    /// <typeparam name="T">The type of the listed objects.</typeparam>
    /// <typeparam name="TField">The enum of the fields the list can be ordered by.</typeparam>
    /// <typeparam name="TKey">The type of the unique key.</typeparam>
    /// <param name="query">The query.</param>
    /// <param name="orderBy">The requested order, or <see langword="null"/> for <paramref name="defaultOrder"/>.</param>
    /// <param name="defaultOrder">The order when none is requested.</param>
    /// <param name="fields">The expression each enum value orders by.</param>
    /// <param name="uniqueKey">The tie-breaker, such as the primary key.</param>
    /// <returns>The ordered query.</returns>
    public static IOrderedQueryable<T> OrderBy<T, TField, TKey>(
        this IQueryable<T> query,
        OrderBy<TField>? orderBy,
        OrderBy<TField> defaultOrder,
        IReadOnlyDictionary<TField, Expression<Func<T, object?>>> fields,
        Expression<Func<T, TKey>> uniqueKey)
        where TField : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(defaultOrder);
        ArgumentNullException.ThrowIfNull(fields);
        var order = orderBy ?? defaultOrder;
        if (!fields.TryGetValue(order.Field, out var key))
        {
            throw new ArgumentException($"No ordering expression for {order.Field}.", nameof(fields));
        }

        return order.Direction == OrderDirection.Desc
            ? query.OrderByDescending(key).ThenByDescending(uniqueKey)
            : query.OrderBy(key).ThenBy(uniqueKey);
    }
}
