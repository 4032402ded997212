using GraphQL;

namespace Ent.GraphQL;

/// <summary>Derives GraphQL names from graph type classes, as GraphQL.NET does.</summary>
internal static class GraphTypeNames
{
    /// <summary>The GraphQL name of a graph type class: <c>EvaluationType</c> is <c>Evaluation</c>.</summary>
    public static string Of<TGraphType>() => typeof(TGraphType).GraphQLName();
}
