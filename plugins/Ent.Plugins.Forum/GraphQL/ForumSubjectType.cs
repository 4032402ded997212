using Ent.Directory;
using Ent.GraphQL;
using Ent.GraphQL.Connections;
using Ent.GraphQL.Loading;
using Ent.Plugins.Forum.Data;
using Ent.Plugins.Forum.Domain;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Forum.GraphQL;

internal sealed class ForumSubjectType : NodeGraphType<ForumSubject>
{
    public const string TypeName = "ForumSubject";

    public ForumSubjectType()
    {
        Name = TypeName;
        Description = "A subject (sujet) of a forum category: a thread of messages in the order they were posted.";
        Field(t => t.Title).Description("The subject's title.");
        Field<NonNullGraphType<ForumCategoryType>>("category").Description("The category.")
            .Resolve(context => context.LoadById<ForumDbContext, ForumCategory>(context.Source.CategoryId));
        Field("author", CoreTypes.NonNull(CoreTypeNames.Person)).Description("Who opened the subject.")
            .Resolve(context => context.LoadById<ForumDbContext, Person>(context.Source.AuthorId));
        Field(t => t.CreatedAt).Description("When the subject was opened.");
        Field(t => t.LastActivityAt).Description("When a message was last published in the subject.");
        Field(t => t.IsLocked).Description("Whether the subject takes no new message.");
        Field(t => t.IsPinned).Description("Whether the subject is listed before the others of its category.");
        Field<NonNullGraphType<IntGraphType>>("messageCount")
            .Description("How many messages every reader sees: published, neither hidden nor deleted.")
            .Resolve(context => ForumLoaders.MessageCount(context, context.Source.Id));
        Field<ForumMessageType>("lastMessage")
            .Description("The latest message every reader sees, if any.")
            .Resolve(context => ForumLoaders.LastMessage(context, context.Source.Id));
        Field<NonNullGraphType<IntGraphType>>("unreadCount")
            .Description("How many messages of the subject the viewer has not read: published by others since they last marked it read.")
            .Resolve(context => ForumLoaders.UnreadInSubject(context, context.Source.Id));
        Field<NonNullGraphType<BooleanGraphType>>("isFollowed")
            .Description("Whether the viewer follows the subject (posting in it follows it).")
            .Resolve(context => ForumLoaders.IsFollowed(context, context.Source.Id));

        Field<NonNullGraphType<ConnectionType<ForumMessageType, ForumMessage>>>("messages")
            .Description("The messages the viewer sees, in the order they were posted. Hidden and deleted messages keep their place, without their text.")
            .PagingArguments()
            .ResolveAsync(async context =>
            {
                await using var db = await context.CreateStoreAsync<ForumDbContext>(context.CancellationToken);
                return await ForumLoaders.VisibilityOf(context, db).Messages()
                    .Where(m => m.SubjectId == context.Source.Id)
                    .OrderBy(m => m.Number).ThenBy(m => m.Id)
                    .ToConnectionAsync(context);
            });
    }

    protected override Guid GetKey(ForumSubject source) => source.Id;

    public override async ValueTask<object?> ResolveNodeAsync(IResolveFieldContext context, Guid key)
    {
        await using var db = await context.CreateStoreAsync<ForumDbContext>(context.CancellationToken);
        return await ForumLoaders.VisibilityOf(context, db).Subjects().FirstOrDefaultAsync(t => t.Id == key, context.CancellationToken);
    }
}
