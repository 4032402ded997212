using System.Linq.Expressions;
using Ent.GraphQL;
using Ent.GraphQL.Ordering;
using Ent.Plugins.Resources.Domain;
using GraphQL.Types;

namespace Ent.Plugins.Resources.GraphQL;

/// <summary>What a resource list is narrowed to; every condition given must hold.</summary>
internal sealed class ResourceFilter
{
    public string? Subject { get; set; }

    public string? Level { get; set; }

    public List<string>? Tags { get; set; }

    public string? Text { get; set; }

    public ResourceKind? Kind { get; set; }
}

internal sealed class ResourceFilterInputType : InputObjectGraphType<ResourceFilter>
{
    public ResourceFilterInputType()
    {
        Name = "ResourceFilter";
        Description = "Narrows a list of resources; every condition given must hold.";
        Field<IdGraphType>("subject").Description("Only resources of this subject.");
        Field<StringGraphType>("level").Description("Only resources for this level, such as 4e.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags").Description("Only resources carrying all these tags (compared without case).");
        Field<StringGraphType>("text").Description("Only resources whose title, description or tags contain every word of this text, compared without case or accents.");
        Field<ResourceKindType>("kind").Description("Only files, or only links.");
    }
}

/// <summary>Applies a <see cref="ResourceFilter"/> and an order to a query of resources the viewer may read.</summary>
internal static class ResourceSearch
{
    public const string FilterArgument = "where";
    public const string OrderArgument = "orderBy";

    private static readonly OrderBy<ResourceOrderField> DefaultOrder = new(ResourceOrderField.UpdatedAt, OrderDirection.Desc);

    private static readonly Dictionary<ResourceOrderField, Expression<Func<Resource, object?>>> OrderFields = new()
    {
        [ResourceOrderField.Title] = r => r.Title,
        [ResourceOrderField.CreatedAt] = r => r.CreatedAt,
        [ResourceOrderField.UpdatedAt] = r => r.UpdatedAt,
    };

    public static IQueryable<Resource> Filter(IQueryable<Resource> query, ResourceFilter? filter)
    {
        if (filter is null)
        {
            return query;
        }

        if (filter.Subject is { } subject)
        {
            var subjectId = GlobalId.Decode(subject, CoreTypeNames.Subject);
            query = query.Where(r => r.SubjectId == subjectId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Level))
        {
            var level = filter.Level.Trim();
            query = query.Where(r => r.Level == level);
        }

        foreach (var tag in ResourceRules.NormalizeTags(filter.Tags))
        {
            query = query.Where(r => r.Tags.Any(t => t.Tag == tag));
        }

        foreach (var word in ResourceRules.Fold(filter.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct())
        {
            query = query.Where(r => r.SearchText.Contains(word));
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(r => r.Kind == kind);
        }

        return query;
    }

    public static IOrderedQueryable<Resource> Order(IQueryable<Resource> query, OrderBy<ResourceOrderField>? orderBy) =>
        query.OrderBy(orderBy, DefaultOrder, OrderFields, r => r.Id);
}
