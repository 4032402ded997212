namespace Ent.Events;

/// <summary>Acts on a kind of domain event; register it in the service collection.</summary>
/// <typeparam name="TEvent">The kind of event, or <see cref="IDomainEvent"/> for all of them.</typeparam>
public interface IDomainEventListener<in TEvent>
    where TEvent : IDomainEvent
{
    /// <summary>Acts on an event.</summary>
    /// <param name="domainEvent">The event.</param>
    /// <param name="cancellationToken">Cancels the handling.</param>
    /// <returns>A task that completes when the event is handled.</returns>
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
