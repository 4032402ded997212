namespace Ent.GraphQL;

/// <summary>The GraphQL names of the types the host defines, which plugins may extend.</summary>
public static class CoreTypeNames
{
    /// <summary>The root query type.</summary>
    public const string Query = "Query";

    /// <summary>The root mutation type.</summary>
    public const string Mutation = "Mutation";

    /// <summary>The root subscription type.</summary>
    public const string Subscription = "Subscription";
}
