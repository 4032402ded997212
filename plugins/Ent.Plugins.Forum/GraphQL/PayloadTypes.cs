using Ent.GraphQL;
using Ent.GraphQL.Loading;
using Ent.Plugins.Forum.Data;
using Ent.Plugins.Forum.Domain;
using GraphQL.Types;

namespace Ent.Plugins.Forum.GraphQL;

/// <summary>A mutation's payload: its result, or the user errors that stopped it with nothing written.</summary>
/// <typeparam name="TValue">The result's type.</typeparam>
/// <typeparam name="TValueType">The result's graph type.</typeparam>
internal abstract class PayloadType<TValue, TValueType> : ObjectGraphType<CommandResult<TValue>>
    where TValue : class
    where TValueType : IGraphType
{
    protected PayloadType(string name, string field, string description)
    {
        Name = name;
        Description = "The result of a mutation: `errors` is empty when it succeeded; otherwise nothing was written.";
        Field<TValueType>(field).Description(description).Resolve(context => context.Source.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("What stopped the mutation, with codes documented in docs/plugins/forum.md.")
            .Resolve(context => context.Source.Errors);
    }
}

internal sealed class CreateCategoryPayloadType() : PayloadType<ForumCategory, ForumCategoryType>("CreateForumCategoryPayload", "category", "The new category.");

internal sealed class UpdateCategoryPayloadType() : PayloadType<ForumCategory, ForumCategoryType>("UpdateForumCategoryPayload", "category", "The category, as it now stands.");

internal sealed class GrantRightPayloadType() : PayloadType<CategoryGrant, ForumCategoryGrantType>("GrantForumRightPayload", "grant", "The grant, as it now stands.");

internal sealed class RevokeRightPayloadType() : PayloadType<ForumCategory, ForumCategoryType>("RevokeForumRightPayload", "category", "The category the right was taken back on.");

internal sealed class PostMessagePayloadType() : PayloadType<ForumMessage, ForumMessageType>("PostForumMessagePayload", "message", "The new message (PENDING where it waits for approval).");

internal sealed class EditMessagePayloadType() : PayloadType<ForumMessage, ForumMessageType>("EditForumMessagePayload", "message", "The message, as it now stands.");

internal sealed class DeleteMessagePayloadType() : PayloadType<ForumMessage, ForumMessageType>("DeleteForumMessagePayload", "message", "The deleted message, in its place in the thread.");

internal sealed class ModerateMessagePayloadType() : PayloadType<ForumMessage, ForumMessageType>("ModerateForumMessagePayload", "message", "The message, as it now stands.");

internal sealed class ModerateSubjectPayloadType() : PayloadType<ForumSubject, ForumSubjectType>("ModerateForumSubjectPayload", "subject", "The subject, as it now stands.");

internal sealed class FollowSubjectPayloadType() : PayloadType<ForumSubject, ForumSubjectType>("FollowForumSubjectPayload", "subject", "The subject followed.");

internal sealed class UnfollowSubjectPayloadType() : PayloadType<ForumSubject, ForumSubjectType>("UnfollowForumSubjectPayload", "subject", "The subject no longer followed.");

internal sealed class SchoolSettingsPayloadType() : PayloadType<SchoolForumSettings, ForumSchoolSettingsType>("UpdateForumSchoolSettingsPayload", "settings", "The school's settings, as they now stand.");

internal sealed class MarkReadPayloadType() : PayloadType<IReadOnlyList<ForumSubject>, ListGraphType<NonNullGraphType<ForumSubjectType>>>("MarkForumReadPayload", "subjects", "The subjects marked read.");

internal sealed class CreateSubjectPayloadType : ObjectGraphType<CommandResult<ForumMessage>>
{
    public CreateSubjectPayloadType()
    {
        Name = "CreateForumSubjectPayload";
        Description = "The result of opening a subject: `errors` is empty when it succeeded; otherwise nothing was written.";
        Field<ForumSubjectType>("subject").Description("The new subject.")
            .Resolve(context => context.Source.Value is { } message ? context.LoadById<ForumDbContext, ForumSubject>(message.SubjectId) : null);
        Field<ForumMessageType>("message").Description("Its first message (PENDING where the category requires approval of students' messages).")
            .Resolve(context => context.Source.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("What stopped the mutation, with codes documented in docs/plugins/forum.md.")
            .Resolve(context => context.Source.Errors);
    }
}
