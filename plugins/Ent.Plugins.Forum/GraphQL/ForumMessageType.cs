using Ent.Directory;
using Ent.GraphQL;
using Ent.GraphQL.Loading;
using Ent.Plugins.Forum.Data;
using Ent.Plugins.Forum.Domain;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Forum.GraphQL;

internal sealed class ForumMessageType : NodeGraphType<ForumMessage>
{
    public const string TypeName = "ForumMessage";

    public ForumMessageType()
    {
        Name = TypeName;
        Description = "A message of a forum subject. Its body is Markdown as written; `html` is the same text rendered safely for display.";
        Field(m => m.Number).Description("The message's rank in its subject, from 1.");
        Field<NonNullGraphType<ForumSubjectType>>("subject").Description("The subject.")
            .Resolve(context => context.LoadById<ForumDbContext, ForumSubject>(context.Source.SubjectId));
        Field("author", CoreTypes.NonNull(CoreTypeNames.Person)).Description("Who wrote the message.")
            .Resolve(context => context.LoadById<ForumDbContext, Person>(context.Source.AuthorId));
        Field<StringGraphType>("body")
            .Description("The Markdown source, as written. Null once deleted, and for readers once hidden (moderators still read it).")
            .Resolve(context => WhenReadable(context, message => message.Body));
        Field<StringGraphType>("html")
            .Description("The body rendered as HTML safe to insert in a page: raw HTML is shown as text, only http, https, mailto and relative links are kept. Null when `body` is.")
            .Resolve(context => WhenReadable(context, message => MarkdownRenderer.ToHtml(message.Body)));
        Field<NonNullGraphType<ForumMessageStatusType>>("status").Description("Where the message stands in moderation.").Resolve(c => c.Source.Status);
        Field(m => m.IsHidden).Description("Whether a moderator hid the message from readers.");
        Field<NonNullGraphType<BooleanGraphType>>("isDeleted").Description("Whether the message was deleted; it keeps its place in the thread.").Resolve(c => c.Source.IsDeleted);
        Field(m => m.CreatedAt).Description("When the message was posted.");
        Field(m => m.PublishedAt, nullable: true).Description("When readers could first read it: on posting, or on approval.");
        Field(m => m.EditedAt, nullable: true).Description("When its author last edited it.");
        Field<ForumMessageType>("quotedMessage")
            .Description("The earlier message of the subject this one replies to, if any and if the viewer sees it.")
            .Resolve(context => context.Source.QuotedMessageId is { } id ? ForumLoaders.VisibleMessage(context, id) : null);
        Field<StringGraphType>("moderationReason")
            .Description("The reason a moderator gave for rejecting or hiding the message: for its author and moderators.")
            .Resolve(context => WhenAuthorOrModerator(context, message => message.ModerationReason));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ForumMessageRevisionType>>>>("revisions")
            .Description("The bodies the message had before each edit, oldest first: for its author and moderators, empty for others.")
            .Resolve(context => ForumLoaders.Revisions(context, context.Source.Id));
    }

    protected override Guid GetKey(ForumMessage source) => source.Id;

    public override async ValueTask<object?> ResolveNodeAsync(IResolveFieldContext context, Guid key)
    {
        await using var db = await context.CreateStoreAsync<ForumDbContext>(context.CancellationToken);
        return await ForumLoaders.VisibilityOf(context, db).Messages().FirstOrDefaultAsync(m => m.Id == key, context.CancellationToken);
    }

    // A deleted message has no text; a hidden one keeps its text for moderators only.
    private static object? WhenReadable(IResolveFieldContext<ForumMessage> context, Func<ForumMessage, string?> read)
    {
        var message = context.Source;
        if (message.IsDeleted)
        {
            return null;
        }

        return message.IsHidden
            ? ForumLoaders.RightOn(context, message.CategoryId).Then(right => right >= ForumRight.Moderate ? read(message) : null)
            : read(message);
    }

    private static object? WhenAuthorOrModerator(IResolveFieldContext<ForumMessage> context, Func<ForumMessage, string?> read)
    {
        var message = context.Source;
        return message.AuthorId == ForumLoaders.ViewerId(context)
            ? read(message)
            : ForumLoaders.RightOn(context, message.CategoryId).Then(right => right >= ForumRight.Moderate ? read(message) : null);
    }
}

internal sealed class ForumMessageRevisionType : ObjectGraphType<MessageRevision>
{
    public ForumMessageRevisionType()
    {
        Name = "ForumMessageRevision";
        Description = "A body a forum message had before its author edited it.";
        Field(r => r.Body).Description("The Markdown source it had.");
        Field<NonNullGraphType<StringGraphType>>("html").Description("That source rendered safely, as `ForumMessage.html`.")
            .Resolve(context => MarkdownRenderer.ToHtml(context.Source.Body));
        Field(r => r.WrittenAt).Description("When the message was given this body.");
        Field(r => r.ReplacedAt).Description("When the body was replaced.");
    }
}
