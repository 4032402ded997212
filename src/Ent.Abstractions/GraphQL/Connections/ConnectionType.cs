using GraphQL.Types;
using GraphQL.Types.Relay;

namespace Ent.GraphQL.Connections;

/// <summary>
/// The GraphQL type of a page of <typeparamref name="TNodeType"/>, named <c>{Node}Connection</c>, with
/// <c>edges</c>, <c>nodes</c>, <c>pageInfo</c> and <c>totalCount</c>.
/// </summary>
/// <typeparam name="TNodeType">The graph type of the listed objects.</typeparam>
/// <typeparam name="TNode">The type of the listed objects.</typeparam>
public sealed class ConnectionType<TNodeType, TNode> : ObjectGraphType<Connection<TNode>>
    where TNodeType : IGraphType
{
    /// <summary>Initializes the type.</summary>
    public ConnectionType()
    {
        var nodeName = GraphTypeNames.Of<TNodeType>();
        Name = $"{nodeName}Connection";
        Description = $"A page of {nodeName} objects.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType, TNode>>>>>("edges")
            .Description("The objects of the page with their cursors.")
            .Resolve(context => context.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The objects of the page.")
            .Resolve(context => context.Source.Edges.Select(edge => edge.Node));
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Where the page stands in the whole list.")
            .Resolve(context => context.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("The number of objects in the whole list.")
            .Resolve(context => context.Source.TotalCount);
    }
}

/// <summary>The GraphQL type of an object of a connection with its cursor, named <c>{Node}Edge</c>.</summary>
/// <typeparam name="TNodeType">The graph type of the object.</typeparam>
/// <typeparam name="TNode">The type of the object.</typeparam>
public sealed class EdgeType<TNodeType, TNode> : ObjectGraphType<Edge<TNode>>
    where TNodeType : IGraphType
{
    /// <summary>Initializes the type.</summary>
    public EdgeType()
    {
        Name = $"{GraphTypeNames.Of<TNodeType>()}Edge";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("The opaque cursor to pass as `after` or `before`.")
            .Resolve(context => context.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node")
            .Description("The object.")
            .Resolve(context => context.Source.Node);
    }
}
