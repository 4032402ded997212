using Ent.Access;
using Ent.Events;
using Ent.Plugins.Forum.Data;
using Ent.Plugins.Forum.Events;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Forum.Domain;

/// <summary>A moderator's decisions on messages and subjects.</summary>
internal sealed class ModerationCommands(IDbContextFactory<ForumDbContext> factory, IAccessPolicy policy, TimeProvider time, IDomainEventPublisher events)
{
    public async Task<CommandResult<ForumMessage>> ModerateMessageAsync(ModerateMessage input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (TextRules.CheckOptional(input.Reason, MessageRules.MaxReasonLength, "reason", "The reason") is { } reasonError)
        {
            return CommandResult<ForumMessage>.Fail(reasonError);
        }

        await using var session = await ForumSession.OpenAsync(factory, policy, time, cancellationToken);
        var message = await session.Visibility.Messages().FirstOrDefaultAsync(m => m.Id == input.MessageId, cancellationToken);
        if (message is null)
        {
            return CommandResult<ForumMessage>.Fail(ForumErrorCodes.MessageNotFound, "No such message.", "messageId");
        }

        if (await session.RightOnAsync(message.CategoryId, cancellationToken) < ForumRight.Moderate)
        {
            return CommandResult<ForumMessage>.Fail(ForumErrorCodes.CannotModerate, "You do not moderate this category.", "messageId");
        }

        if (message.IsDeleted)
        {
            return CommandResult<ForumMessage>.Fail(ForumErrorCodes.MessageDeleted, "The message was deleted.", "messageId");
        }

        if (MessageRules.Apply(message, input.Decision) is not var (status, isHidden))
        {
            return CommandResult<ForumMessage>.Fail(ForumErrorCodes.DecisionNotApplicable, $"A {message.Status.ToString().ToLowerInvariant()}{(message.IsHidden ? ", hidden" : string.Empty)} message cannot be given the decision {input.Decision.ToString().ToUpperInvariant()}.", "decision");
        }

        var publishes = status == MessageStatus.Published && message.Status != MessageStatus.Published;
        message.Status = status;
        message.IsHidden = isHidden;
        message.ModeratedById = session.Me;
        message.ModeratedAt = session.Now;
        message.ModerationReason = string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason.Trim();
        if (publishes)
        {
            message.PublishedAt = session.Now;
            var subject = await session.Db.Subjects.FirstAsync(t => t.Id == message.SubjectId, cancellationToken);
            subject.LastActivityAt = session.Now;
        }

        await session.Db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(
            new ForumMessageModerated(message.TenantId, session.Now, message.Id, message.SubjectId, message.AuthorId, session.Me, input.Decision.ToString(), message.ModerationReason),
            cancellationToken);
        if (publishes)
        {
            await ForumEventPublishing.MessagePublishedAsync(events, session.Db, message, quoted: null, cancellationToken);
        }

        return CommandResult<ForumMessage>.Ok(message);
    }

    public async Task<CommandResult<ForumSubject>> ModerateSubjectAsync(ModerateSubject input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var session = await ForumSession.OpenAsync(factory, policy, time, cancellationToken);
        var subject = await session.Visibility.Subjects().FirstOrDefaultAsync(t => t.Id == input.SubjectId, cancellationToken);
        if (subject is null)
        {
            return CommandResult<ForumSubject>.Fail(ForumErrorCodes.SubjectNotFound, "No such subject.", "subjectId");
        }

        if (await session.RightOnAsync(subject.CategoryId, cancellationToken) < ForumRight.Moderate)
        {
            return CommandResult<ForumSubject>.Fail(ForumErrorCodes.CannotModerate, "You do not moderate this category.", "subjectId");
        }

        subject.IsLocked = input.IsLocked ?? subject.IsLocked;
        subject.IsPinned = input.IsPinned ?? subject.IsPinned;
        await session.Db.SaveChangesAsync(cancellationToken);
        return CommandResult<ForumSubject>.Ok(subject);
    }
}

/// <summary>A moderator's decision on a message, with a reason shown to its author.</summary>
internal sealed record ModerateMessage(Guid MessageId, ModerationDecision Decision, string? Reason);

/// <summary>Locks or pins a subject; a <see langword="null"/> field is left as it is.</summary>
internal sealed record ModerateSubject(Guid SubjectId, bool? IsLocked, bool? IsPinned);
