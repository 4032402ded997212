using GraphQL.Types.Relay.DataObjects;

namespace Ent.GraphQL.Connections;

/// <summary>One page of a list, as returned by a connection field.</summary>
/// <typeparam name="T">The type of the listed objects.</typeparam>
/// <param name="Edges">The objects of the page with their cursors.</param>
/// <param name="PageInfo">Where the page stands in the whole list.</param>
/// <param name="TotalCount">
/// The number of objects in the whole list, or <see langword="null"/> when the query did not ask for it.
/// </param>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int? TotalCount);

/// <summary>An object of a connection with its cursor.</summary>
/// <typeparam name="T">The type of the object.</typeparam>
/// <param name="Cursor">The opaque cursor to pass as <c>after</c> or <c>before</c>.</param>
/// <param name="Node">The object.</param>
public sealed record Edge<T>(string Cursor, T Node);
