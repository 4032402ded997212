using GraphQL;
using GraphQL.Types;

namespace Ent.GraphQL;

/// <summary>
/// An object type that implements <c>Node</c>: it gets the <c>id</c> field, a global ID made from the
/// type's name and the object's key, and <c>node(id:)</c> fetches it through
/// <see cref="ResolveNodeAsync"/>.
/// </summary>
/// <typeparam name="TSource">The objects the type resolves.</typeparam>
public abstract class NodeGraphType<TSource> : ObjectGraphType<TSource>, INodeResolver
{
    /// <summary>Adds the <c>Node</c> interface and the <c>id</c> field.</summary>
    protected NodeGraphType()
    {
        Interface<NodeInterfaceType>();
        IsTypeOf = value => value is TSource;
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The opaque global ID of the object.")
            .Resolve(context => GlobalId.Encode(Name, GetKey(context.Source)));
    }

    /// <summary>Gets the key of an object, encoded into its global ID.</summary>
    /// <param name="source">The object.</param>
    /// <returns>The key.</returns>
    protected abstract Guid GetKey(TSource source);

    /// <inheritdoc />
    public abstract ValueTask<object?> ResolveNodeAsync(IResolveFieldContext context, Guid key);
}
