namespace Ent.Events;

/// <summary>Something that happened in a plugin that others may act on (notifications, timeline).</summary>
public interface IDomainEvent
{
    /// <summary>Gets the tenant it happened in.</summary>
    string TenantId { get; }

    /// <summary>Gets when it happened.</summary>
    DateTimeOffset OccurredAt { get; }
}
