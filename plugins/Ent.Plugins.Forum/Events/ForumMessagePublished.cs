using Ent.Events;

namespace Ent.Plugins.Forum.Events;

/// <summary>
/// A message became readable in a subject: posted where no approval is needed, or approved. Its followers
/// (the author aside) are the people to tell.
/// </summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="OccurredAt">When it was published.</param>
/// <param name="MessageId">The message.</param>
/// <param name="SubjectId">Its subject.</param>
/// <param name="CategoryId">Its category.</param>
/// <param name="AuthorId">Its author.</param>
/// <param name="FollowerIds">Who follows the subject, the author excepted.</param>
public sealed record ForumMessagePublished(
    string TenantId,
    DateTimeOffset OccurredAt,
    Guid MessageId,
    Guid SubjectId,
    Guid CategoryId,
    Guid AuthorId,
    IReadOnlyList<Guid> FollowerIds) : IDomainEvent;
