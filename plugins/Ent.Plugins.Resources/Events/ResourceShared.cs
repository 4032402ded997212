using Ent.Events;

namespace Ent.Plugins.Resources.Events;

/// <summary>
/// A resource was shared with a class, a group or a person, or their right on it changed. Published after the
/// share is saved, for notifications and the timeline.
/// </summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="OccurredAt">When the share was saved.</param>
/// <param name="ResourceId">The resource.</param>
/// <param name="Title">Its title.</param>
/// <param name="SharedById">Who shared it.</param>
/// <param name="TargetKind">Whether it was shared with a <c>Class</c>, a <c>Group</c> or a <c>Person</c>.</param>
/// <param name="TargetId">The class, group or person.</param>
/// <param name="Right">The right given: <c>Read</c>, <c>Contribute</c> or <c>Manage</c>.</param>
/// <param name="RecipientIds">The people the share reaches directly: the person, or the pupils of the class or group.</param>
internal sealed record ResourceShared(
    string TenantId,
    DateTimeOffset OccurredAt,
    Guid ResourceId,
    string Title,
    Guid SharedById,
    string TargetKind,
    Guid TargetId,
    string Right,
    IReadOnlyList<Guid> RecipientIds) : IDomainEvent;
