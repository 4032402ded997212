namespace Ent.GraphQL.Ordering;

/// <summary>The value of an <c>orderBy</c> argument.</summary>
/// <typeparam name="TField">The enum of the fields a list can be ordered by.</typeparam>
/// <param name="Field">The field to order by.</param>
/// <param name="Direction">The direction.</param>
public sealed record OrderBy<TField>(TField Field, OrderDirection Direction = OrderDirection.Asc)
    where TField : struct, Enum;
