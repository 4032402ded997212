using Ent.Plugins.Forum.Domain;
using GraphQL.Types;

namespace Ent.Plugins.Forum.GraphQL;

/// <summary>A person's unread messages, in total and per category.</summary>
internal sealed record ForumUnread(int Total, IReadOnlyList<CategoryUnread> Categories);

/// <summary>The unread messages of one category.</summary>
internal sealed record CategoryUnread(ForumCategory Category, int UnreadCount);

internal sealed class ForumUnreadType : ObjectGraphType<ForumUnread>
{
    public ForumUnreadType()
    {
        Name = "ForumUnread";
        Description = "What the person has not read in the forum: messages published by others since they last marked each subject read.";
        Field(u => u.Total).Description("Unread messages in every category the person reads.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ForumCategoryUnreadType>>>>("categories")
            .Description("The categories with unread messages, by name.")
            .Resolve(context => context.Source.Categories);
    }
}

internal sealed class ForumCategoryUnreadType : ObjectGraphType<CategoryUnread>
{
    public ForumCategoryUnreadType()
    {
        Name = "ForumCategoryUnread";
        Description = "The unread messages of one category.";
        Field<NonNullGraphType<ForumCategoryType>>("category").Description("The category.").Resolve(context => context.Source.Category);
        Field(u => u.UnreadCount).Description("How many of its messages are unread.");
    }
}
