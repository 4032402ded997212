using Ent.Plugins.Forum.Data;

namespace Ent.Plugins.Forum.Domain;

/// <summary>
/// What the viewer sees of the forum, as queries: the subjects and messages of the categories they read,
/// moderation taken into account, and what they have not read yet.
/// </summary>
/// <remarks>
/// Readers see published messages, their own pending or rejected ones, and the places of hidden and
/// deleted ones (without their bodies); moderators see every message. A subject whose messages all wait for
/// approval is seen only by its author and moderators.
/// </remarks>
internal sealed class ForumVisibility(CategoryAccess access, ForumDbContext db)
{
    public CategoryAccess Access { get; } = access;

    /// <summary>The categories the viewer reads.</summary>
    public IQueryable<ForumCategory> Categories() => Access.Categories(ForumRight.Read);

    /// <summary>The subjects the viewer sees.</summary>
    public IQueryable<ForumSubject> Subjects()
    {
        var me = Access.PersonId;
        var readable = Access.CategoryIds(ForumRight.Read);
        var moderated = Access.CategoryIds(ForumRight.Moderate);
        return db.Subjects.Where(t => readable.Contains(t.CategoryId) && (
            t.AuthorId == me
            || db.Messages.Any(m => m.SubjectId == t.Id && m.Status == MessageStatus.Published)
            || moderated.Contains(t.CategoryId)));
    }

    /// <summary>The messages the viewer sees, hidden and deleted ones included as placeholders.</summary>
    public IQueryable<ForumMessage> Messages()
    {
        var me = Access.PersonId;
        var readable = Access.CategoryIds(ForumRight.Read);
        var moderated = Access.CategoryIds(ForumRight.Moderate);
        return db.Messages.Where(m => readable.Contains(m.CategoryId) && (
            m.Status == MessageStatus.Published
            || m.AuthorId == me
            || moderated.Contains(m.CategoryId)));
    }

    /// <summary>
    /// The messages the viewer has not read: published by others after the viewer last marked their subject
    /// read, neither hidden nor deleted, in the categories they read.
    /// </summary>
    public IQueryable<ForumMessage> UnreadMessages()
    {
        var readable = Access.CategoryIds(ForumRight.Read);
        return Unread(db.Messages.Where(m => readable.Contains(m.CategoryId)));
    }

    /// <summary>
    /// The messages the viewer has not read in the given categories, which the caller has checked the viewer
    /// reads (<see cref="CategoryAccess.CategoryIds"/>).
    /// </summary>
    /// <remarks>
    /// Given as keys, the categories let PostgreSQL read their messages through the category index; as a
    /// rights query, it cannot estimate how few they are and reads every message of the tenant.
    /// </remarks>
    public IQueryable<ForumMessage> UnreadMessagesIn(IReadOnlyCollection<Guid> readableCategoryIds) =>
        Unread(db.Messages.Where(m => readableCategoryIds.Contains(m.CategoryId)));

    private IQueryable<ForumMessage> Unread(IQueryable<ForumMessage> messages)
    {
        var me = Access.PersonId;
        return messages.Where(m => m.Status == MessageStatus.Published
            && !m.IsHidden
            && m.DeletedAt == null
            && m.AuthorId != me
            && !db.ReadMarks.Any(r => r.PersonId == me && r.SubjectId == m.SubjectId && r.ReadAt >= m.PublishedAt));
    }
}
