using Ent.Plugins.Forum.Domain;
using GraphQL.Types;

namespace Ent.Plugins.Forum.GraphQL;

internal sealed class CreateForumCategoryInput
{
    public string? SchoolId { get; set; }

    public string? ClassId { get; set; }

    public string? GroupId { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public bool RequiresApproval { get; set; }
}

internal sealed class CreateForumCategoryInputType : InputObjectGraphType<CreateForumCategoryInput>
{
    public CreateForumCategoryInputType()
    {
        Name = "CreateForumCategoryInput";
        Description = "A new category, attached to exactly one of a school, a class or a group.";
        Field<IdGraphType>("schoolId").Description("The school, for a school-wide category (staff only).");
        Field<IdGraphType>("classId").Description("The class, for a class's category (its teachers, or staff).");
        Field<IdGraphType>("groupId").Description("The teaching group, for a group's category (its teachers, or staff).");
        Field<NonNullGraphType<StringGraphType>>("name").Description($"The name, at most {CategoryRules.MaxNameLength} characters.");
        Field<StringGraphType>("description").Description($"What the category is for, at most {CategoryRules.MaxDescriptionLength} characters.");
        Field<BooleanGraphType>("requiresApproval").Description("Whether students' messages wait for a moderator's approval.").DefaultValue(false);
    }
}

internal sealed class UpdateForumCategoryInput
{
    public string CategoryId { get; set; } = string.Empty;

    public string? Name { get; set; }

    public string? Description { get; set; }

    public bool? RequiresApproval { get; set; }
}

internal sealed class UpdateForumCategoryInputType : InputObjectGraphType<UpdateForumCategoryInput>
{
    public UpdateForumCategoryInputType()
    {
        Name = "UpdateForumCategoryInput";
        Description = "Changes to a category; fields left out stay as they are. Needs the MANAGE right.";
        Field<NonNullGraphType<IdGraphType>>("categoryId").Description("The category.");
        Field<StringGraphType>("name").Description("The new name.");
        Field<StringGraphType>("description").Description("The new description; an empty string removes it.");
        Field<BooleanGraphType>("requiresApproval").Description("Whether students' messages wait for approval.");
    }
}

internal sealed class GrantForumRightInput
{
    public string CategoryId { get; set; } = string.Empty;

    public ForumRight Right { get; set; }

    public string? PersonId { get; set; }

    public string? ClassId { get; set; }

    public string? GroupId { get; set; }
}

internal sealed class GrantForumRightInputType : InputObjectGraphType<GrantForumRightInput>
{
    public GrantForumRightInputType()
    {
        Name = "GrantForumRightInput";
        Description = "A right to give on a category to exactly one of a person, a class or a group; it replaces their earlier grant there. Needs the MANAGE right.";
        Field<NonNullGraphType<IdGraphType>>("categoryId").Description("The category.");
        Field<NonNullGraphType<ForumRightType>>("right").Description("The right to give.");
        Field<IdGraphType>("personId").Description("A person.");
        Field<IdGraphType>("classId").Description("A class: its pupils, teachers and form tutors.");
        Field<IdGraphType>("groupId").Description("A teaching group: its pupils and teachers.");
    }
}

internal sealed class RevokeForumRightInput
{
    public string GrantId { get; set; } = string.Empty;
}

internal sealed class RevokeForumRightInputType : InputObjectGraphType<RevokeForumRightInput>
{
    public RevokeForumRightInputType()
    {
        Name = "RevokeForumRightInput";
        Description = "A grant to take back. Needs the MANAGE right.";
        Field<NonNullGraphType<IdGraphType>>("grantId").Description("The grant, as `ForumCategoryGrant.id`.");
    }
}

internal sealed class CreateForumSubjectInput
{
    public string CategoryId { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;
}

internal sealed class CreateForumSubjectInputType : InputObjectGraphType<CreateForumSubjectInput>
{
    public CreateForumSubjectInputType()
    {
        Name = "CreateForumSubjectInput";
        Description = "A new subject and its first message. Needs the CONTRIBUTE right.";
        Field<NonNullGraphType<IdGraphType>>("categoryId").Description("The category.");
        Field<NonNullGraphType<StringGraphType>>("title").Description($"The title, at most {SubjectRules.MaxTitleLength} characters.");
        Field<NonNullGraphType<StringGraphType>>("body").Description($"The first message, in Markdown, at most {MessageRules.MaxBodyLength} characters.");
    }
}

internal sealed class PostForumMessageInput
{
    public string SubjectId { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public string? QuotedMessageId { get; set; }
}

internal sealed class PostForumMessageInputType : InputObjectGraphType<PostForumMessageInput>
{
    public PostForumMessageInputType()
    {
        Name = "PostForumMessageInput";
        Description = "A message in a subject that is not locked. Needs the CONTRIBUTE right; posting follows the subject.";
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("The subject.");
        Field<NonNullGraphType<StringGraphType>>("body").Description($"The message, in Markdown, at most {MessageRules.MaxBodyLength} characters.");
        Field<IdGraphType>("quotedMessageId").Description("An earlier message of the subject this one replies to.");
    }
}

internal sealed class EditForumMessageInput
{
    public string MessageId { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;
}

internal sealed class EditForumMessageInputType : InputObjectGraphType<EditForumMessageInput>
{
    public EditForumMessageInputType()
    {
        Name = "EditForumMessageInput";
        Description = "A new body for one's own message; the former one is kept in `revisions`.";
        Field<NonNullGraphType<IdGraphType>>("messageId").Description("The message.");
        Field<NonNullGraphType<StringGraphType>>("body").Description($"The new body, in Markdown, at most {MessageRules.MaxBodyLength} characters.");
    }
}

internal sealed class DeleteForumMessageInput
{
    public string MessageId { get; set; } = string.Empty;
}

internal sealed class DeleteForumMessageInputType : InputObjectGraphType<DeleteForumMessageInput>
{
    public DeleteForumMessageInputType()
    {
        Name = "DeleteForumMessageInput";
        Description = "A message to delete: its author's or, for a moderator, any in the category. It keeps its place in the thread, without its text.";
        Field<NonNullGraphType<IdGraphType>>("messageId").Description("The message.");
    }
}

internal sealed class ModerateForumMessageInput
{
    public string MessageId { get; set; } = string.Empty;

    public ModerationDecision Decision { get; set; }

    public string? Reason { get; set; }
}

internal sealed class ModerateForumMessageInputType : InputObjectGraphType<ModerateForumMessageInput>
{
    public ModerateForumMessageInputType()
    {
        Name = "ModerateForumMessageInput";
        Description = "A moderator's decision on a message. Needs the MODERATE right.";
        Field<NonNullGraphType<IdGraphType>>("messageId").Description("The message.");
        Field<NonNullGraphType<ForumModerationDecisionType>>("decision").Description("The decision.");
        Field<StringGraphType>("reason").Description($"Why, shown to the author, at most {MessageRules.MaxReasonLength} characters.");
    }
}

internal sealed class ModerateForumSubjectInput
{
    public string SubjectId { get; set; } = string.Empty;

    public bool? IsLocked { get; set; }

    public bool? IsPinned { get; set; }
}

internal sealed class ModerateForumSubjectInputType : InputObjectGraphType<ModerateForumSubjectInput>
{
    public ModerateForumSubjectInputType()
    {
        Name = "ModerateForumSubjectInput";
        Description = "Locks or pins a subject; fields left out stay as they are. Needs the MODERATE right.";
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("The subject.");
        Field<BooleanGraphType>("isLocked").Description("Whether the subject takes no new message.");
        Field<BooleanGraphType>("isPinned").Description("Whether the subject is listed first.");
    }
}

internal sealed class ForumSubjectInput
{
    public string SubjectId { get; set; } = string.Empty;
}

internal sealed class FollowForumSubjectInputType : InputObjectGraphType<ForumSubjectInput>
{
    public FollowForumSubjectInputType()
    {
        Name = "FollowForumSubjectInput";
        Description = "A subject to follow.";
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("The subject.");
    }
}

internal sealed class UnfollowForumSubjectInputType : InputObjectGraphType<ForumSubjectInput>
{
    public UnfollowForumSubjectInputType()
    {
        Name = "UnfollowForumSubjectInput";
        Description = "A subject to stop following.";
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("The subject.");
    }
}

internal sealed class MarkForumReadInput
{
    public string? SubjectId { get; set; }

    public string? CategoryId { get; set; }
}

internal sealed class MarkForumReadInputType : InputObjectGraphType<MarkForumReadInput>
{
    public MarkForumReadInputType()
    {
        Name = "MarkForumReadInput";
        Description = "What to mark read, as of now: exactly one of a subject or a whole category.";
        Field<IdGraphType>("subjectId").Description("A subject.");
        Field<IdGraphType>("categoryId").Description("A category: every subject of it the viewer sees.");
    }
}

internal sealed class UpdateForumSchoolSettingsInput
{
    public string SchoolId { get; set; } = string.Empty;

    public bool RelativesCanRead { get; set; }
}

internal sealed class UpdateForumSchoolSettingsInputType : InputObjectGraphType<UpdateForumSchoolSettingsInput>
{
    public UpdateForumSchoolSettingsInputType()
    {
        Name = "UpdateForumSchoolSettingsInput";
        Description = "A school's forum settings. For the school's staff.";
        Field<NonNullGraphType<IdGraphType>>("schoolId").Description("The school.");
        Field<NonNullGraphType<BooleanGraphType>>("relativesCanRead").Description("Whether relatives read the categories of their children's school, classes and groups.");
    }
}

/// <summary>How to narrow a list of categories; every given field must match.</summary>
internal sealed class ForumCategoryFilter
{
    public string? SchoolId { get; set; }

    public CategoryScope? Scope { get; set; }
}

internal sealed class ForumCategoryFilterType : InputObjectGraphType<ForumCategoryFilter>
{
    public ForumCategoryFilterType()
    {
        Name = "ForumCategoryFilter";
        Description = "How to narrow a list of categories; every given field must match.";
        Field<IdGraphType>("schoolId").Description("Only the categories of this school.");
        Field<ForumCategoryScopeType>("scope").Description("Only school-wide, class or group categories.");
    }
}

/// <summary>Where to search.</summary>
internal sealed class ForumSearchFilter
{
    public string? CategoryId { get; set; }

    public string? SubjectId { get; set; }
}

internal sealed class ForumSearchFilterType : InputObjectGraphType<ForumSearchFilter>
{
    public ForumSearchFilterType()
    {
        Name = "ForumSearchFilter";
        Description = "Where to search; every given field must match.";
        Field<IdGraphType>("categoryId").Description("Only in this category.");
        Field<IdGraphType>("subjectId").Description("Only in this subject.");
    }
}
