using Ent.Plugins.Forum.Domain;
using GraphQL.Types;

namespace Ent.Plugins.Forum.GraphQL;

/// <summary>A message matching a search, with its relevance.</summary>
internal sealed class ForumSearchResult
{
    public required ForumMessage Message { get; init; }

    public double Score { get; init; }
}

internal sealed class ForumSearchResultType : ObjectGraphType<ForumSearchResult>
{
    public ForumSearchResultType()
    {
        Name = "ForumSearchResult";
        Description = "A message matching a search.";
        Field<NonNullGraphType<ForumMessageType>>("message").Description("The message.").Resolve(context => context.Source.Message);
        Field(r => r.Score).Description("The relevance, higher first; comparable only within one search, and computed differently by each database engine.");
    }
}
