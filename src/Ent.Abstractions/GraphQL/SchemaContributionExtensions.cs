using GraphQL.Types;

namespace Ent.GraphQL;

/// <summary>Shortcuts for extending the root types.</summary>
public static class SchemaContributionExtensions
{
    /// <summary>Adds fields to the root <c>Query</c> type.</summary>
    /// <param name="schema">The contribution.</param>
    /// <param name="configure">Defines the fields.</param>
    public static void ExtendQuery(this ISchemaContribution schema, Action<ObjectGraphType<object?>> configure)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.ExtendType(CoreTypeNames.Query, configure);
    }

    /// <summary>Adds fields to the root <c>Mutation</c> type.</summary>
    /// <param name="schema">The contribution.</param>
    /// <param name="configure">Defines the fields.</param>
    public static void ExtendMutation(this ISchemaContribution schema, Action<ObjectGraphType<object?>> configure)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.ExtendType(CoreTypeNames.Mutation, configure);
    }

    /// <summary>Adds fields to the root <c>Subscription</c> type.</summary>
    /// <param name="schema">The contribution.</param>
    /// <param name="configure">Defines the fields.</param>
    public static void ExtendSubscription(this ISchemaContribution schema, Action<ObjectGraphType<object?>> configure)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.ExtendType(CoreTypeNames.Subscription, configure);
    }
}
