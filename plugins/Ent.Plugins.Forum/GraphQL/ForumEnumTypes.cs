using System.ComponentModel;
using Ent.Plugins.Forum.Domain;
using GraphQL.Types;

namespace Ent.Plugins.Forum.GraphQL;

internal sealed class ForumRightType : EnumerationGraphType<ForumRight>
{
    public ForumRightType()
    {
        Name = "ForumRight";
        Description = "A right on a forum category; each includes the ones before it: READ < CONTRIBUTE < MODERATE < MANAGE.";
    }
}

internal sealed class ForumCategoryScopeType : EnumerationGraphType<CategoryScope>
{
    public ForumCategoryScopeType()
    {
        Name = "ForumCategoryScope";
        Description = "What a forum category is attached to: a school, a class or a teaching group.";
    }
}

internal sealed class ForumMessageStatusType : EnumerationGraphType<MessageStatus>
{
    public ForumMessageStatusType()
    {
        Name = "ForumMessageStatus";
        Description = "Where a message stands in moderation. PENDING and REJECTED messages are seen only by their author and moderators.";
    }
}

internal sealed class ForumModerationDecisionType : EnumerationGraphType<ModerationDecision>
{
    public ForumModerationDecisionType()
    {
        Name = "ForumModerationDecision";
        Description = "A moderator's decision: APPROVE a pending or rejected message, REJECT a pending one, HIDE or UNHIDE a published one.";
    }
}

internal sealed class ForumGranteeKindType : EnumerationGraphType<GranteeKind>
{
    public ForumGranteeKindType()
    {
        Name = "ForumGranteeKind";
        Description = "Who a grant is for: a PERSON, or the pupils and teachers of a CLASS or GROUP.";
    }
}

/// <summary>The fields a list of subjects can be ordered by; pinned subjects always come first.</summary>
internal enum ForumSubjectOrderField
{
    [Description("When a message was last published in the subject.")]
    LastActivity,

    [Description("When the subject was opened.")]
    CreatedAt,

    [Description("The subject's title.")]
    Title,
}

/// <summary>The fields a list of categories can be ordered by.</summary>
internal enum ForumCategoryOrderField
{
    [Description("The category's name.")]
    Name,

    [Description("When the category was created.")]
    CreatedAt,
}
