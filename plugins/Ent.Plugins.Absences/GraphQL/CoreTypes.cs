using Ent.GraphQL;
using GraphQL.Types;

namespace Ent.Plugins.Absences.GraphQL;

/// <summary>References to the host's core types, which the plugin knows by name only.</summary>
internal static class CoreTypes
{
    /// <summary>A non-null reference to a core type; a new one per field, as the schema resolves each.</summary>
    /// <param name="name">One of <see cref="CoreTypeNames"/>.</param>
    /// <returns>The reference.</returns>
    public static IGraphType NonNull(string name) => new NonNullGraphType(new GraphQLTypeReference(name));

    /// <summary>A nullable reference to a core type.</summary>
    /// <param name="name">One of <see cref="CoreTypeNames"/>.</param>
    /// <returns>The reference.</returns>
    public static IGraphType Nullable(string name) => new GraphQLTypeReference(name);

    /// <summary>A non-null list of non-null references to a core type.</summary>
    /// <param name="name">One of <see cref="CoreTypeNames"/>.</param>
    /// <returns>The reference.</returns>
    public static IGraphType NonNullList(string name) => new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(name))));
}
