using Ent.Events;

namespace Ent.Plugins.Forum.Events;

/// <summary>A published message quotes another person's message: that person is the one to tell.</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="OccurredAt">When the reply was published.</param>
/// <param name="MessageId">The reply.</param>
/// <param name="SubjectId">Its subject.</param>
/// <param name="AuthorId">The reply's author.</param>
/// <param name="QuotedMessageId">The message replied to.</param>
/// <param name="QuotedAuthorId">Its author.</param>
public sealed record ForumReplyPublished(
    string TenantId,
    DateTimeOffset OccurredAt,
    Guid MessageId,
    Guid SubjectId,
    Guid AuthorId,
    Guid QuotedMessageId,
    Guid QuotedAuthorId) : IDomainEvent;
