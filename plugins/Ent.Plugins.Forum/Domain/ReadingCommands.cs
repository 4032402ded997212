using Ent.Access;
using Ent.Plugins.Forum.Data;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Forum.Domain;

/// <summary>Following subjects and marking them read.</summary>
internal sealed class ReadingCommands(IDbContextFactory<ForumDbContext> factory, IAccessPolicy policy, TimeProvider time)
{
    public async Task<CommandResult<ForumSubject>> FollowAsync(Guid subjectId, bool follow, CancellationToken cancellationToken)
    {
        await using var session = await ForumSession.OpenAsync(factory, policy, time, cancellationToken);
        var subject = await session.Visibility.Subjects().FirstOrDefaultAsync(t => t.Id == subjectId, cancellationToken);
        if (subject is null)
        {
            return CommandResult<ForumSubject>.Fail(ForumErrorCodes.SubjectNotFound, "No such subject.", "subjectId");
        }

        var me = session.Me;
        var existing = await session.Db.Follows.FirstOrDefaultAsync(f => f.PersonId == me && f.SubjectId == subjectId, cancellationToken);
        if (follow && existing is null)
        {
            session.Db.Follows.Add(new SubjectFollow { TenantId = session.TenantId, PersonId = me, SubjectId = subjectId, FollowedAt = session.Now });
        }
        else if (!follow && existing is not null)
        {
            session.Db.Follows.Remove(existing);
        }

        await session.Db.SaveChangesAsync(cancellationToken);
        return CommandResult<ForumSubject>.Ok(subject);
    }

    /// <summary>Marks read, as of now, one subject or every subject of a category the viewer sees.</summary>
    /// <param name="subjectId">The subject, or <see langword="null"/>.</param>
    /// <param name="categoryId">The category, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The subjects marked read.</returns>
    public async Task<CommandResult<IReadOnlyList<ForumSubject>>> MarkReadAsync(Guid? subjectId, Guid? categoryId, CancellationToken cancellationToken)
    {
        if ((subjectId is null) == (categoryId is null))
        {
            return CommandResult<IReadOnlyList<ForumSubject>>.Fail(ForumErrorCodes.InvalidTarget, "Name either a subject or a category.");
        }

        await using var session = await ForumSession.OpenAsync(factory, policy, time, cancellationToken);
        var subjects = await session.Visibility.Subjects()
            .Where(t => t.Id == subjectId || t.CategoryId == categoryId)
            .ToListAsync(cancellationToken);
        if (subjects.Count == 0)
        {
            var exists = categoryId is { } id && await session.Visibility.Categories().AnyAsync(c => c.Id == id, cancellationToken);
            if (!exists)
            {
                return subjectId is not null
                    ? CommandResult<IReadOnlyList<ForumSubject>>.Fail(ForumErrorCodes.SubjectNotFound, "No such subject.", "subjectId")
                    : CommandResult<IReadOnlyList<ForumSubject>>.Fail(ForumErrorCodes.CategoryNotFound, "No such category.", "categoryId");
            }
        }

        var me = session.Me;
        var ids = subjects.Select(t => t.Id).ToList();
        var marks = await session.Db.ReadMarks.Where(r => r.PersonId == me && ids.Contains(r.SubjectId)).ToDictionaryAsync(r => r.SubjectId, cancellationToken);
        foreach (var subject in subjects)
        {
            if (marks.TryGetValue(subject.Id, out var mark))
            {
                mark.ReadAt = session.Now;
            }
            else
            {
                session.Db.ReadMarks.Add(new SubjectReadMark { TenantId = session.TenantId, PersonId = me, SubjectId = subject.Id, ReadAt = session.Now });
            }
        }

        await session.Db.SaveChangesAsync(cancellationToken);
        return CommandResult<IReadOnlyList<ForumSubject>>.Ok(subjects);
    }
}
