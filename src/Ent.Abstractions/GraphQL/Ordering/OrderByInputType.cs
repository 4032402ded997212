using GraphQL;
using GraphQL.Types;

namespace Ent.GraphQL.Ordering;

/// <summary>
/// The input type of an <c>orderBy</c> argument: <c>{ field: …, direction: ASC }</c>. It is named after
/// the field enum, without its <c>Field</c> suffix: <c>EvaluationOrderField</c> gives <c>EvaluationOrder</c>.
/// </summary>
/// <typeparam name="TField">The enum of the fields a list can be ordered by.</typeparam>
public sealed class OrderByInputType<TField> : InputObjectGraphType<OrderBy<TField>>
    where TField : struct, Enum
{
    /// <summary>Initializes the type.</summary>
    public OrderByInputType()
    {
        var fieldTypeName = typeof(TField).GraphQLName();
        Name = fieldTypeName.EndsWith("Field", StringComparison.Ordinal) ? fieldTypeName[..^"Field".Length] : $"{fieldTypeName}Order";
        Description = "How to order a list.";
        Field<NonNullGraphType<EnumerationGraphType<TField>>>("field").Description("The field to order by.");
        Field<NonNullGraphType<EnumerationGraphType<OrderDirection>>>("direction")
            .Description("The direction.")
            .DefaultValue(OrderDirection.Asc);
    }
}
