using Ent.Access;
using Ent.GraphQL.Loading;
using Ent.Plugins.Forum.Data;
using Ent.Plugins.Forum.Domain;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Plugins.Forum.GraphQL;

/// <summary>
/// The forum's batched look-ups: each gathers the keys of one execution step and answers them in one
/// statement, so that a page of subjects costs the same number of statements whatever its size.
/// </summary>
internal static class ForumLoaders
{
    /// <summary>What the viewer sees, over a context the caller owns.</summary>
    public static ForumVisibility VisibilityOf(IResolveFieldContext context, ForumDbContext db) =>
        new(new CategoryAccess(context.RequestServices!.GetRequiredService<IAccessPolicy>().Viewer, db), db);

    public static Guid ViewerId(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IAccessPolicy>().Viewer.PersonId ?? Guid.Empty;

    /// <summary>The viewer's right on a category; <c>0</c> when they have none.</summary>
    public static IDataLoaderResult<ForumRight> RightOn(IResolveFieldContext context, Guid categoryId) =>
        context.GetBatchLoader<Guid, ForumRight>("forum.rightByCategory", async (ids, cancellationToken) =>
        {
            await using var db = await context.CreateStoreAsync<ForumDbContext>(cancellationToken);
            return await VisibilityOf(context, db).Access.RightsAsync(ids.ToList(), cancellationToken);
        }).Load(categoryId);

    /// <summary>The last message of a subject that every reader sees: published, neither hidden nor deleted.</summary>
    public static IDataLoaderResult<ForumMessage?> LastMessage(IResolveFieldContext context, Guid subjectId) =>
        context.GetBatchLoader<Guid, ForumMessage>("forum.lastMessageBySubject", async (ids, cancellationToken) =>
        {
            await using var db = await context.CreateStoreAsync<ForumDbContext>(cancellationToken);
            var readable = PublicMessages(db).Where(m => ids.Contains(m.SubjectId));
            var last = await readable
                .Where(m => m.Number == readable.Where(other => other.SubjectId == m.SubjectId).Max(other => other.Number))
                .ToListAsync(cancellationToken);
            return last.ToDictionary(m => m.SubjectId);
        }).Load(subjectId);

    /// <summary>The number of messages of a subject that every reader sees.</summary>
    public static IDataLoaderResult<int> MessageCount(IResolveFieldContext context, Guid subjectId) =>
        context.GetBatchLoader<Guid, int>("forum.messageCountBySubject", async (ids, cancellationToken) =>
        {
            await using var db = await context.CreateStoreAsync<ForumDbContext>(cancellationToken);
            return await PublicMessages(db)
                .Where(m => ids.Contains(m.SubjectId))
                .GroupBy(m => m.SubjectId)
                .Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        }).Load(subjectId);

    /// <summary>The viewer's unread messages in a subject.</summary>
    public static IDataLoaderResult<int> UnreadInSubject(IResolveFieldContext context, Guid subjectId) =>
        context.GetBatchLoader<Guid, int>("forum.unreadBySubject", async (ids, cancellationToken) =>
        {
            await using var db = await context.CreateStoreAsync<ForumDbContext>(cancellationToken);
            return await VisibilityOf(context, db).UnreadMessages()
                .Where(m => ids.Contains(m.SubjectId))
                .GroupBy(m => m.SubjectId)
                .Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        }).Load(subjectId);

    /// <summary>The viewer's unread messages in a category.</summary>
    public static IDataLoaderResult<int> UnreadInCategory(IResolveFieldContext context, Guid categoryId) =>
        context.GetBatchLoader<Guid, int>("forum.unreadByCategory", async (ids, cancellationToken) =>
        {
            await using var db = await context.CreateStoreAsync<ForumDbContext>(cancellationToken);
            return await VisibilityOf(context, db).UnreadMessages()
                .Where(m => ids.Contains(m.CategoryId))
                .GroupBy(m => m.CategoryId)
                .Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        }).Load(categoryId);

    /// <summary>Whether the viewer follows a subject.</summary>
    public static IDataLoaderResult<bool> IsFollowed(IResolveFieldContext context, Guid subjectId) =>
        context.GetBatchLoader<Guid, bool>("forum.followedByViewer", async (ids, cancellationToken) =>
        {
            var me = ViewerId(context);
            await using var db = await context.CreateStoreAsync<ForumDbContext>(cancellationToken);
            var followed = await db.Follows.Where(f => f.PersonId == me && ids.Contains(f.SubjectId)).Select(f => f.SubjectId).ToListAsync(cancellationToken);
            return followed.ToDictionary(id => id, _ => true);
        }).Load(subjectId);

    /// <summary>A message, if the viewer sees it.</summary>
    public static IDataLoaderResult<ForumMessage?> VisibleMessage(IResolveFieldContext context, Guid messageId) =>
        context.GetBatchLoader<Guid, ForumMessage>("forum.visibleMessageById", async (ids, cancellationToken) =>
        {
            await using var db = await context.CreateStoreAsync<ForumDbContext>(cancellationToken);
            return await VisibilityOf(context, db).Messages().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        }).Load(messageId);

    /// <summary>The revisions of a message, oldest first, when the viewer is its author or moderates its category.</summary>
    public static IDataLoaderResult<IReadOnlyList<MessageRevision>> Revisions(IResolveFieldContext context, Guid messageId) =>
        context.LoadRelated<ForumDbContext, MessageRevision>("forum.revisionsByMessage", messageId, (db, ids) =>
        {
            var access = VisibilityOf(context, db).Access;
            var me = access.PersonId;
            var moderated = access.CategoryIds(ForumRight.Moderate);
            var audited = db.Messages.Where(m => ids.Contains(m.Id) && (m.AuthorId == me || moderated.Contains(m.CategoryId))).Select(m => m.Id);
            return db.Revisions.Where(r => audited.Contains(r.MessageId)).OrderBy(r => r.ReplacedAt).Select(r => new KeyedRow<MessageRevision>(r.MessageId, r));
        });

    /// <summary>The grants of a category, when the viewer manages it.</summary>
    public static IDataLoaderResult<IReadOnlyList<CategoryGrant>> Grants(IResolveFieldContext context, Guid categoryId) =>
        context.LoadRelated<ForumDbContext, CategoryGrant>("forum.grantsByCategory", categoryId, (db, ids) =>
        {
            var managed = VisibilityOf(context, db).Access.CategoryIds(ForumRight.Manage);
            return db.Grants
                .Where(g => ids.Contains(g.CategoryId) && managed.Contains(g.CategoryId))
                .OrderBy(g => g.GrantedAt).ThenBy(g => g.Id)
                .Select(g => new KeyedRow<CategoryGrant>(g.CategoryId, g));
        });

    /// <summary>The categories attached to a class or a group that the viewer reads, by name.</summary>
    public static IDataLoaderResult<IReadOnlyList<ForumCategory>> CategoriesOf(IResolveFieldContext context, CategoryScope scope, Guid targetId) =>
        context.LoadRelated<ForumDbContext, ForumCategory>($"forum.categoriesBy{scope}", targetId, (db, ids) =>
        {
            var attached = VisibilityOf(context, db).Categories().Where(c => c.Scope == scope).OrderBy(c => c.Name).ThenBy(c => c.Id);
            return scope == CategoryScope.Class
                ? attached.Where(c => ids.Contains(c.ClassId!.Value)).Select(c => new KeyedRow<ForumCategory>(c.ClassId!.Value, c))
                : attached.Where(c => ids.Contains(c.GroupId!.Value)).Select(c => new KeyedRow<ForumCategory>(c.GroupId!.Value, c));
        });

    private static IQueryable<ForumMessage> PublicMessages(ForumDbContext db) =>
        db.Messages.Where(m => m.Status == MessageStatus.Published && !m.IsHidden && m.DeletedAt == null);
}
