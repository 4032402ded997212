using Ent.Directory;
using Ent.GraphQL;
using Ent.GraphQL.Connections;
using Ent.GraphQL.Loading;
using Ent.GraphQL.Ordering;
using Ent.Plugins.Forum.Data;
using Ent.Plugins.Forum.Domain;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Forum.GraphQL;

internal sealed class ForumCategoryType : NodeGraphType<ForumCategory>
{
    public const string TypeName = "ForumCategory";

    public ForumCategoryType()
    {
        Name = TypeName;
        Description = "A forum category, attached to a school, a class or a teaching group; its subjects hold the messages.";
        Field(c => c.Name).Description("The category's name.");
        Field(c => c.Description, nullable: true).Description("What the category is for.");
        Field<NonNullGraphType<ForumCategoryScopeType>>("scope").Description("What the category is attached to.").Resolve(c => c.Source.Scope);
        Field("school", CoreTypes.NonNull(CoreTypeNames.School)).Description("The school.")
            .Resolve(context => context.LoadById<ForumDbContext, School>(context.Source.SchoolId));
        Field("class", CoreTypes.Nullable(CoreTypeNames.Class)).Description("The class, for a class's category.")
            .Resolve(context => context.Source.ClassId is { } id ? context.LoadById<ForumDbContext, SchoolClass>(id) : null);
        Field("group", CoreTypes.Nullable(CoreTypeNames.TeachingGroup)).Description("The teaching group, for a group's category.")
            .Resolve(context => context.Source.GroupId is { } id ? context.LoadById<ForumDbContext, TeachingGroup>(id) : null);
        Field(c => c.RequiresApproval).Description("Whether students' messages wait for a moderator's approval before others read them.");
        Field(c => c.CreatedAt).Description("When the category was created.");
        Field("createdBy", CoreTypes.NonNull(CoreTypeNames.Person)).Description("Who created the category.")
            .Resolve(context => context.LoadById<ForumDbContext, Person>(context.Source.CreatedById));

        Field<ForumRightType>("viewerRight")
            .Description("The viewer's highest right on the category (each right includes the lower ones).")
            .Resolve(context => ForumLoaders.RightOn(context, context.Source.Id).Then(right => right == 0 ? (ForumRight?)null : right));

        Field<NonNullGraphType<IntGraphType>>("unreadCount")
            .Description("How many messages of the category the viewer has not read: published by others since they last marked each subject read.")
            .Resolve(context => ForumLoaders.UnreadInCategory(context, context.Source.Id));

        Field<NonNullGraphType<ConnectionType<ForumSubjectType, ForumSubject>>>("subjects")
            .Description("The subjects the viewer sees: pinned ones first, then in the requested order (latest activity first by default).")
            .Argument<ForumSubjectFilterType>("where", "Narrows the list.")
            .Argument<OrderByInputType<ForumSubjectOrderField>>("orderBy", "The order after pinned subjects; by default the latest activity first.")
            .PagingArguments()
            .ResolveAsync(async context =>
            {
                await using var db = await context.CreateStoreAsync<ForumDbContext>(context.CancellationToken);
                var visibility = ForumLoaders.VisibilityOf(context, db);
                var me = visibility.Access.PersonId;
                var subjects = visibility.Subjects().Where(t => t.CategoryId == context.Source.Id);
                var filter = context.GetArgument<ForumSubjectFilter?>("where");
                if (filter?.IsPinned is { } pinned)
                {
                    subjects = subjects.Where(t => t.IsPinned == pinned);
                }

                if (filter?.IsFollowed is { } followed)
                {
                    subjects = subjects.Where(t => db.Follows.Any(f => f.PersonId == me && f.SubjectId == t.Id) == followed);
                }

                if (filter?.HasUnread is { } hasUnread)
                {
                    var unread = visibility.UnreadMessages();
                    subjects = subjects.Where(t => unread.Any(m => m.SubjectId == t.Id) == hasUnread);
                }

                var orderBy = context.GetArgument<OrderBy<ForumSubjectOrderField>?>("orderBy") ?? new(ForumSubjectOrderField.LastActivity, OrderDirection.Desc);
                var pinnedFirst = subjects.OrderByDescending(t => t.IsPinned);
                var ordered = (orderBy.Field, orderBy.Direction) switch
                {
                    (ForumSubjectOrderField.Title, OrderDirection.Asc) => pinnedFirst.ThenBy(t => t.Title).ThenBy(t => t.Id),
                    (ForumSubjectOrderField.Title, _) => pinnedFirst.ThenByDescending(t => t.Title).ThenByDescending(t => t.Id),
                    (ForumSubjectOrderField.CreatedAt, OrderDirection.Asc) => pinnedFirst.ThenBy(t => t.CreatedAt).ThenBy(t => t.Id),
                    (ForumSubjectOrderField.CreatedAt, _) => pinnedFirst.ThenByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id),
                    (_, OrderDirection.Asc) => pinnedFirst.ThenBy(t => t.LastActivityAt).ThenBy(t => t.Id),
                    _ => pinnedFirst.ThenByDescending(t => t.LastActivityAt).ThenByDescending(t => t.Id),
                };
                return await ordered.ToConnectionAsync(context);
            });

        Field<NonNullGraphType<ConnectionType<ForumMessageType, ForumMessage>>>("pendingMessages")
            .Description("The messages waiting for approval, oldest first: all of them for moderators, one's own for others.")
            .PagingArguments()
            .ResolveAsync(async context =>
            {
                await using var db = await context.CreateStoreAsync<ForumDbContext>(context.CancellationToken);
                return await ForumLoaders.VisibilityOf(context, db).Messages()
                    .Where(m => m.CategoryId == context.Source.Id && m.Status == MessageStatus.Pending)
                    .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
                    .ToConnectionAsync(context);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ForumCategoryGrantType>>>>("grants")
            .Description("The rights given on the category beyond membership; seen by its managers only, empty for others.")
            .Resolve(context => ForumLoaders.Grants(context, context.Source.Id));
    }

    protected override Guid GetKey(ForumCategory source) => source.Id;

    public override async ValueTask<object?> ResolveNodeAsync(IResolveFieldContext context, Guid key)
    {
        await using var db = await context.CreateStoreAsync<ForumDbContext>(context.CancellationToken);
        return await ForumLoaders.VisibilityOf(context, db).Categories().FirstOrDefaultAsync(c => c.Id == key, context.CancellationToken);
    }
}

/// <summary>How to narrow a list of subjects; every given field must match.</summary>
internal sealed class ForumSubjectFilter
{
    public bool? IsPinned { get; set; }

    public bool? IsFollowed { get; set; }

    public bool? HasUnread { get; set; }
}

internal sealed class ForumSubjectFilterType : InputObjectGraphType<ForumSubjectFilter>
{
    public ForumSubjectFilterType()
    {
        Name = "ForumSubjectFilter";
        Description = "How to narrow a list of subjects; every given field must match.";
        Field(f => f.IsPinned, nullable: true).Description("Only pinned subjects, or only the others.");
        Field(f => f.IsFollowed, nullable: true).Description("Only subjects the viewer follows, or only the others.");
        Field(f => f.HasUnread, nullable: true).Description("Only subjects with messages the viewer has not read, or only the others.");
    }
}
