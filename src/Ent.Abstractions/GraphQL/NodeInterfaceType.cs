using GraphQL.Types;

namespace Ent.GraphQL;

/// <summary>
/// The <c>Node</c> interface of global object identification: every object an app may fetch again by ID
/// implements it, through <see cref="NodeGraphType{TSource}"/>.
/// </summary>
public sealed class NodeInterfaceType : InterfaceGraphType
{
    /// <summary>Initializes the interface.</summary>
    public NodeInterfaceType()
    {
        Name = "Node";
        Description = "An object with a global ID, which `node(id:)` fetches again.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The opaque global ID of the object.");
    }
}
