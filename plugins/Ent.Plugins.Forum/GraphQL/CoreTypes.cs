using GraphQL.Types;

namespace Ent.Plugins.Forum.GraphQL;

/// <summary>References to the host's types by name (<see cref="Ent.GraphQL.CoreTypeNames"/>), resolved when the schema is built.</summary>
internal static class CoreTypes
{
    public static IGraphType Nullable(string name) => new GraphQLTypeReference(name);

    public static IGraphType NonNull(string name) => new NonNullGraphType(new GraphQLTypeReference(name));
}
