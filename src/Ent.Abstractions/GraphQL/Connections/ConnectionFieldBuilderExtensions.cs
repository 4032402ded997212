using GraphQL.Builders;
using GraphQL.Types;

namespace Ent.GraphQL.Connections;

/// <summary>Adds the paging arguments to a connection field.</summary>
public static class ConnectionFieldBuilderExtensions
{
    /// <summary>Adds <c>first</c>, <c>after</c>, <c>last</c> and <c>before</c>.</summary>
    /// <typeparam name="TSource">The source type of the field.</typeparam>
    /// <typeparam name="TReturn">The return type of the field.</typeparam>
    /// <param name="field">The field.</param>
    /// <returns>The field, for chaining.</returns>
    public static FieldBuilder<TSource, TReturn> PagingArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field
            .Argument<IntGraphType>("first", $"How many objects to return after `after` (default {ConnectionArguments.DefaultPageSize}, at most {ConnectionArguments.MaxPageSize}).")
            .Argument<StringGraphType>("after", "The cursor the page starts after.")
            .Argument<IntGraphType>("last", $"How many objects to return before `before` (at most {ConnectionArguments.MaxPageSize}).")
            .Argument<StringGraphType>("before", "The cursor the page ends before.");
    }
}
