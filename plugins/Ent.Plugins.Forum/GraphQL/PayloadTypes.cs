using Ent.GraphQL;
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

internal sealed class CategoryPayloadType() : PayloadType<ForumCategory, ForumCategoryType>("ForumCategoryPayload", "category", "The category, as it now stands.");

internal sealed class CategoryGrantPayloadType() : PayloadType<CategoryGrant, ForumCategoryGrantType>("ForumCategoryGrantPayload", "grant", "The grant, as it now stands.");

internal sealed class TopicPayloadType() : PayloadType<ForumTopic, ForumTopicType>("ForumTopicPayload", "topic", "The topic, as it now stands.");

internal sealed class MessagePayloadType() : PayloadType<ForumMessage, ForumMessageType>("ForumMessagePayload", "message", "The message, as it now stands.");

internal sealed class SchoolSettingsPayloadType() : PayloadType<SchoolForumSettings, ForumSchoolSettingsType>("ForumSchoolSettingsPayload", "settings", "The school's settings, as they now stand.");

internal sealed class MarkReadPayloadType() : PayloadType<IReadOnlyList<ForumTopic>, ListGraphType<NonNullGraphType<ForumTopicType>>>("MarkForumReadPayload", "topics", "The topics marked read.");

internal sealed class CreateTopicPayloadType : ObjectGraphType<CommandResult<ForumMessage>>
{
    public CreateTopicPayloadType()
    {
        Name = "CreateForumTopicPayload";
        Description = "The result of opening a topic: `errors` is empty when it succeeded; otherwise nothing was written.";
        Field<ForumTopicType>("topic").Description("The new topic.")
            .Resolve(context => context.Source.Value is { } message ? ForumLoaders.ById<ForumTopic>(context, message.TopicId) : null);
        Field<ForumMessageType>("message").Description("Its first message (PENDING where the category requires approval of students' messages).")
            .Resolve(context => context.Source.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("What stopped the mutation, with codes documented in docs/plugins/forum.md.")
            .Resolve(context => context.Source.Errors);
    }
}
