using Ent.Events;

namespace Ent.Plugins.Forum.Events;

/// <summary>A moderator decided about a message: its author is the one to tell.</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="OccurredAt">When the decision was taken.</param>
/// <param name="MessageId">The message.</param>
/// <param name="SubjectId">Its subject.</param>
/// <param name="AuthorId">Its author.</param>
/// <param name="ModeratorId">The moderator.</param>
/// <param name="Decision">What was decided: <c>Approve</c>, <c>Reject</c>, <c>Hide</c> or <c>Unhide</c>.</param>
/// <param name="Reason">The reason the moderator gave, if any.</param>
public sealed record ForumMessageModerated(
    string TenantId,
    DateTimeOffset OccurredAt,
    Guid MessageId,
    Guid SubjectId,
    Guid AuthorId,
    Guid ModeratorId,
    string Decision,
    string? Reason) : IDomainEvent;
