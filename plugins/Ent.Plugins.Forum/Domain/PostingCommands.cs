using Ent.Access;
using Ent.Events;
using Ent.Plugins.Forum.Data;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Forum.Domain;

/// <summary>Opens subjects and posts, edits and deletes messages.</summary>
internal sealed class PostingCommands(IDbContextFactory<ForumDbContext> factory, IAccessPolicy policy, TimeProvider time, IDomainEventPublisher events)
{
    public async Task<CommandResult<ForumMessage>> CreateSubjectAsync(CreateSubject input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (TextRules.CheckRequired(input.Title, SubjectRules.MaxTitleLength, "title", "The title") is { } titleError)
        {
            return CommandResult<ForumMessage>.Fail(titleError);
        }

        if (TextRules.CheckRequired(input.Body, MessageRules.MaxBodyLength, "body", "The message") is { } bodyError)
        {
            return CommandResult<ForumMessage>.Fail(bodyError);
        }

        await using var session = await ForumSession.OpenAsync(factory, policy, time, cancellationToken);
        var right = await session.RightOnAsync(input.CategoryId, cancellationToken);
        if (right is null)
        {
            return CommandResult<ForumMessage>.Fail(ForumErrorCodes.CategoryNotFound, "No such category.", "categoryId");
        }

        if (right < ForumRight.Contribute)
        {
            return CommandResult<ForumMessage>.Fail(ForumErrorCodes.CannotContribute, "You may read this category but not post in it.", "categoryId");
        }

        var category = await session.Db.Categories.FirstAsync(c => c.Id == input.CategoryId, cancellationToken);
        var subject = new ForumSubject
        {
            Id = Guid.CreateVersion7(session.Now),
            TenantId = session.TenantId,
            CategoryId = category.Id,
            Title = input.Title.Trim(),
            AuthorId = session.Me,
            CreatedAt = session.Now,
            LastActivityAt = session.Now,
        };
        session.Db.Subjects.Add(subject);
        var message = AddMessage(session, category, subject, right.Value, input.Body, quoted: null);
        await FollowAsync(session, subject.Id, cancellationToken);
        await session.Db.SaveChangesAsync(cancellationToken);
        await PublishAsync(session, message, quoted: null, cancellationToken);
        return CommandResult<ForumMessage>.Ok(message);
    }

    public async Task<CommandResult<ForumMessage>> PostAsync(PostMessage input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (TextRules.CheckRequired(input.Body, MessageRules.MaxBodyLength, "body", "The message") is { } bodyError)
        {
            return CommandResult<ForumMessage>.Fail(bodyError);
        }

        await using var session = await ForumSession.OpenAsync(factory, policy, time, cancellationToken);
        var subject = await session.Visibility.Subjects().FirstOrDefaultAsync(t => t.Id == input.SubjectId, cancellationToken);
        if (subject is null)
        {
            return CommandResult<ForumMessage>.Fail(ForumErrorCodes.SubjectNotFound, "No such subject.", "subjectId");
        }

        var right = await session.RightOnAsync(subject.CategoryId, cancellationToken);
        if (right < ForumRight.Contribute)
        {
            return CommandResult<ForumMessage>.Fail(ForumErrorCodes.CannotContribute, "You may read this category but not post in it.", "subjectId");
        }

        if (subject.IsLocked)
        {
            return CommandResult<ForumMessage>.Fail(ForumErrorCodes.SubjectLocked, "The subject is locked: it takes no new message.", "subjectId");
        }

        ForumMessage? quoted = null;
        if (input.QuotedMessageId is { } quotedId)
        {
            quoted = await session.Visibility.Messages().FirstOrDefaultAsync(m => m.Id == quotedId && m.SubjectId == subject.Id, cancellationToken);
            if (quoted is null)
            {
                return CommandResult<ForumMessage>.Fail(ForumErrorCodes.QuoteNotInSubject, "The quoted message is not one of this subject's.", "quotedMessageId");
            }

            if (quoted.IsDeleted || quoted.IsHidden)
            {
                return CommandResult<ForumMessage>.Fail(ForumErrorCodes.MessageDeleted, "The quoted message was deleted or hidden.", "quotedMessageId");
            }
        }

        var category = await session.Db.Categories.FirstAsync(c => c.Id == subject.CategoryId, cancellationToken);
        var message = AddMessage(session, category, subject, right!.Value, input.Body, quoted);
        await FollowAsync(session, subject.Id, cancellationToken);
        try
        {
            await session.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone posted in the subject meanwhile and took this number: nothing was written.
            return CommandResult<ForumMessage>.Fail(ForumErrorCodes.SubjectBusy, "Another message was posted at the same moment; send yours again.", "subjectId");
        }

        await PublishAsync(session, message, quoted, cancellationToken);
        return CommandResult<ForumMessage>.Ok(message);
    }

    public async Task<CommandResult<ForumMessage>> EditAsync(EditMessage input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (TextRules.CheckRequired(input.Body, MessageRules.MaxBodyLength, "body", "The message") is { } bodyError)
        {
            return CommandResult<ForumMessage>.Fail(bodyError);
        }

        await using var session = await ForumSession.OpenAsync(factory, policy, time, cancellationToken);
        var message = await session.Visibility.Messages().FirstOrDefaultAsync(m => m.Id == input.MessageId, cancellationToken);
        if (message is null)
        {
            return CommandResult<ForumMessage>.Fail(ForumErrorCodes.MessageNotFound, "No such message.", "messageId");
        }

        if (message.AuthorId != session.Me)
        {
            return CommandResult<ForumMessage>.Fail(ForumErrorCodes.NotAuthor, "Only its author edits a message.", "messageId");
        }

        if (message.IsDeleted)
        {
            return CommandResult<ForumMessage>.Fail(ForumErrorCodes.MessageDeleted, "The message was deleted.", "messageId");
        }

        var right = await session.RightOnAsync(message.CategoryId, cancellationToken);
        if (right < ForumRight.Contribute)
        {
            return CommandResult<ForumMessage>.Fail(ForumErrorCodes.CannotContribute, "You may no longer post in this category.", "messageId");
        }

        var subject = await session.Db.Subjects.FirstAsync(t => t.Id == message.SubjectId, cancellationToken);
        if (subject.IsLocked)
        {
            return CommandResult<ForumMessage>.Fail(ForumErrorCodes.SubjectLocked, "The subject is locked: its messages can no longer change.", "messageId");
        }

        if (message.Body == input.Body)
        {
            return CommandResult<ForumMessage>.Ok(message);
        }

        session.Db.Revisions.Add(new MessageRevision
        {
            Id = Guid.CreateVersion7(session.Now),
            TenantId = message.TenantId,
            MessageId = message.Id,
            Body = message.Body,
            WrittenAt = message.EditedAt ?? message.CreatedAt,
            ReplacedAt = session.Now,
        });
        message.Body = input.Body;
        message.EditedAt = session.Now;

        // An edited student message goes back to the moderators where the category requires approval, and
        // a rejected one is resubmitted.
        var category = await session.Db.Categories.FirstAsync(c => c.Id == message.CategoryId, cancellationToken);
        if (message.Status == MessageStatus.Rejected
            || (message.Status == MessageStatus.Published && MessageRules.NeedsApproval(category.RequiresApproval, session.Access.IsStudentOf(category.SchoolId), right!.Value)))
        {
            message.Status = MessageStatus.Pending;
            message.ModerationReason = null;
        }

        await session.Db.SaveChangesAsync(cancellationToken);
        return CommandResult<ForumMessage>.Ok(message);
    }

    public async Task<CommandResult<ForumMessage>> DeleteAsync(Guid messageId, CancellationToken cancellationToken)
    {
        await using var session = await ForumSession.OpenAsync(factory, policy, time, cancellationToken);
        var message = await session.Visibility.Messages().FirstOrDefaultAsync(m => m.Id == messageId, cancellationToken);
        if (message is null)
        {
            return CommandResult<ForumMessage>.Fail(ForumErrorCodes.MessageNotFound, "No such message.", "messageId");
        }

        if (message.AuthorId != session.Me && await session.RightOnAsync(message.CategoryId, cancellationToken) < ForumRight.Moderate)
        {
            return CommandResult<ForumMessage>.Fail(ForumErrorCodes.NotAuthor, "Only its author or a moderator deletes a message.", "messageId");
        }

        if (message.IsDeleted)
        {
            return CommandResult<ForumMessage>.Fail(ForumErrorCodes.MessageDeleted, "The message was already deleted.", "messageId");
        }

        // The message keeps its place in the thread; its text and history go.
        message.DeletedAt = session.Now;
        message.Body = string.Empty;
        session.Db.Revisions.RemoveRange(await session.Db.Revisions.Where(r => r.MessageId == message.Id).ToListAsync(cancellationToken));
        await session.Db.SaveChangesAsync(cancellationToken);
        return CommandResult<ForumMessage>.Ok(message);
    }

    private static ForumMessage AddMessage(ForumSession session, ForumCategory category, ForumSubject subject, ForumRight right, string body, ForumMessage? quoted)
    {
        var pending = MessageRules.NeedsApproval(category.RequiresApproval, session.Access.IsStudentOf(category.SchoolId), right);
        subject.MessageSequence++;
        if (!pending)
        {
            subject.LastActivityAt = session.Now;
        }

        var message = new ForumMessage
        {
            Id = Guid.CreateVersion7(session.Now),
            TenantId = session.TenantId,
            CategoryId = category.Id,
            SubjectId = subject.Id,
            Number = subject.MessageSequence,
            AuthorId = session.Me,
            Body = body,
            QuotedMessageId = quoted?.Id,
            Status = pending ? MessageStatus.Pending : MessageStatus.Published,
            CreatedAt = session.Now,
            PublishedAt = pending ? null : session.Now,
        };
        session.Db.Messages.Add(message);
        return message;
    }

    // Posting follows the subject, once.
    private static async Task FollowAsync(ForumSession session, Guid subjectId, CancellationToken cancellationToken)
    {
        var me = session.Me;
        if (!await session.Db.Follows.AnyAsync(f => f.PersonId == me && f.SubjectId == subjectId, cancellationToken))
        {
            session.Db.Follows.Add(new SubjectFollow { TenantId = session.TenantId, PersonId = me, SubjectId = subjectId, FollowedAt = session.Now });
        }
    }

    private Task PublishAsync(ForumSession session, ForumMessage message, ForumMessage? quoted, CancellationToken cancellationToken) =>
        message.Status == MessageStatus.Published
            ? ForumEventPublishing.MessagePublishedAsync(events, session.Db, message, quoted, cancellationToken)
            : Task.CompletedTask;
}

/// <summary>A new subject and its first message.</summary>
internal sealed record CreateSubject(Guid CategoryId, string Title, string Body);

/// <summary>A message in a subject, possibly replying to an earlier one.</summary>
internal sealed record PostMessage(Guid SubjectId, string Body, Guid? QuotedMessageId);

/// <summary>A new body for one's message.</summary>
internal sealed record EditMessage(Guid MessageId, string Body);
