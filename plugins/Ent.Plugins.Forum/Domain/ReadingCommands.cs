using Ent.Access;
using Ent.Plugins.Forum.Data;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Forum.Domain;

/// <summary>Following topics and marking them read.</summary>
internal sealed class ReadingCommands(IDbContextFactory<ForumDbContext> factory, IAccessPolicy policy, TimeProvider time)
{
    public async Task<CommandResult<ForumTopic>> FollowAsync(Guid topicId, bool follow, CancellationToken cancellationToken)
    {
        await using var session = await ForumSession.OpenAsync(factory, policy, time, cancellationToken);
        var topic = await session.Visibility.Topics().FirstOrDefaultAsync(t => t.Id == topicId, cancellationToken);
        if (topic is null)
        {
            return CommandResult<ForumTopic>.Fail(ForumErrorCodes.TopicNotFound, "No such topic.", "topicId");
        }

        var me = session.Me;
        var existing = await session.Db.Follows.FirstOrDefaultAsync(f => f.PersonId == me && f.TopicId == topicId, cancellationToken);
        if (follow && existing is null)
        {
            session.Db.Follows.Add(new TopicFollow { TenantId = session.TenantId, PersonId = me, TopicId = topicId, FollowedAt = session.Now });
        }
        else if (!follow && existing is not null)
        {
            session.Db.Follows.Remove(existing);
        }

        await session.Db.SaveChangesAsync(cancellationToken);
        return CommandResult<ForumTopic>.Ok(topic);
    }

    /// <summary>Marks read, as of now, one topic or every topic of a category the viewer sees.</summary>
    /// <param name="topicId">The topic, or <see langword="null"/>.</param>
    /// <param name="categoryId">The category, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The topics marked read.</returns>
    public async Task<CommandResult<IReadOnlyList<ForumTopic>>> MarkReadAsync(Guid? topicId, Guid? categoryId, CancellationToken cancellationToken)
    {
        if ((topicId is null) == (categoryId is null))
        {
            return CommandResult<IReadOnlyList<ForumTopic>>.Fail(ForumErrorCodes.InvalidTarget, "Name either a topic or a category.");
        }

        await using var session = await ForumSession.OpenAsync(factory, policy, time, cancellationToken);
        var topics = await session.Visibility.Topics()
            .Where(t => t.Id == topicId || t.CategoryId == categoryId)
            .ToListAsync(cancellationToken);
        if (topics.Count == 0)
        {
            var exists = categoryId is { } id && await session.Visibility.Categories().AnyAsync(c => c.Id == id, cancellationToken);
            if (!exists)
            {
                return topicId is not null
                    ? CommandResult<IReadOnlyList<ForumTopic>>.Fail(ForumErrorCodes.TopicNotFound, "No such topic.", "topicId")
                    : CommandResult<IReadOnlyList<ForumTopic>>.Fail(ForumErrorCodes.CategoryNotFound, "No such category.", "categoryId");
            }
        }

        var me = session.Me;
        var ids = topics.Select(t => t.Id).ToList();
        var marks = await session.Db.ReadMarks.Where(r => r.PersonId == me && ids.Contains(r.TopicId)).ToDictionaryAsync(r => r.TopicId, cancellationToken);
        foreach (var topic in topics)
        {
            if (marks.TryGetValue(topic.Id, out var mark))
            {
                mark.ReadAt = session.Now;
            }
            else
            {
                session.Db.ReadMarks.Add(new TopicReadMark { TenantId = session.TenantId, PersonId = me, TopicId = topic.Id, ReadAt = session.Now });
            }
        }

        await session.Db.SaveChangesAsync(cancellationToken);
        return CommandResult<IReadOnlyList<ForumTopic>>.Ok(topics);
    }
}
