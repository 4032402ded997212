using GraphQL;

namespace Ent.GraphQL.Connections;

/// <summary>The paging arguments of a connection field: <c>first</c>, <c>after</c>, <c>last</c>, <c>before</c>.</summary>
/// <param name="First">How many objects to take after <paramref name="After"/>.</param>
/// <param name="After">The cursor the page starts after.</param>
/// <param name="Last">How many objects to take before <paramref name="Before"/>.</param>
/// <param name="Before">The cursor the page ends before.</param>
public sealed record ConnectionArguments(int? First, string? After, int? Last, string? Before)
{
    /// <summary>The page size when neither <c>first</c> nor <c>last</c> is given.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>The largest page a client may ask for.</summary>
    public const int MaxPageSize = 200;

    /// <summary>Reads the arguments of the field being resolved.</summary>
    /// <param name="context">The field's context.</param>
    /// <returns>The arguments.</returns>
    public static ConnectionArguments From(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ConnectionArguments(
            context.GetArgument<int?>("first"),
            context.GetArgument<string?>("after"),
            context.GetArgument<int?>("last"),
            context.GetArgument<string?>("before"));
    }
}
