using Ent.Events;
using Ent.Plugins.Forum.Data;
using Ent.Plugins.Forum.Events;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Forum.Domain;

/// <summary>Raises the events of a message that became readable, after it is saved.</summary>
internal static class ForumEventPublishing
{
    public static async Task MessagePublishedAsync(IDomainEventPublisher events, ForumDbContext db, ForumMessage message, ForumMessage? quoted, CancellationToken cancellationToken)
    {
        var at = message.PublishedAt ?? message.CreatedAt;
        var followers = await db.Follows
            .Where(f => f.SubjectId == message.SubjectId && f.PersonId != message.AuthorId)
            .OrderBy(f => f.FollowedAt)
            .Select(f => f.PersonId)
            .ToListAsync(cancellationToken);
        await events.PublishAsync(new ForumMessagePublished(message.TenantId, at, message.Id, message.SubjectId, message.CategoryId, message.AuthorId, followers), cancellationToken);

        quoted ??= message.QuotedMessageId is { } quotedId ? await db.Messages.FirstOrDefaultAsync(m => m.Id == quotedId, cancellationToken) : null;
        if (quoted is not null && quoted.AuthorId != message.AuthorId)
        {
            await events.PublishAsync(new ForumReplyPublished(message.TenantId, at, message.Id, message.SubjectId, message.AuthorId, quoted.Id, quoted.AuthorId), cancellationToken);
        }
    }
}
