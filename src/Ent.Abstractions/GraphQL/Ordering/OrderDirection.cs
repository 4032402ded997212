using System.ComponentModel;

namespace Ent.GraphQL.Ordering;

/// <summary>The direction of an ordering argument.</summary>
public enum OrderDirection
{
    /// <summary>Smallest first.</summary>
    [Description("Smallest first.")]
    Asc,

    /// <summary>Largest first.</summary>
    [Description("Largest first.")]
    Desc,
}
