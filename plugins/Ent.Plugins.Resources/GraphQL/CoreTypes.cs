using Ent.GraphQL;
using GraphQL.Types;

namespace Ent.Plugins.Resources.GraphQL;

/// <summary>References to the host's core types by name, since their graph type classes belong to the host.</summary>
internal static class CoreTypes
{
    public static IGraphType Nullable(string typeName) => new GraphQLTypeReference(typeName);

    public static IGraphType NonNull(string typeName) => new NonNullGraphType(new GraphQLTypeReference(typeName));

    public static IGraphType Person => NonNull(CoreTypeNames.Person);
}
