namespace Ent.Events;

/// <summary>Publishes domain events to every registered <see cref="IDomainEventListener{TEvent}"/>; registered by the host.</summary>
public interface IDomainEventPublisher
{
    /// <summary>
    /// Publishes an event. Call it after the change it reports is saved, so that handlers never act on a
    /// change that was rolled back. A failing handler is logged and does not fail the publisher's request.
    /// </summary>
    /// <typeparam name="TEvent">The event's type.</typeparam>
    /// <param name="domainEvent">The event.</param>
    /// <param name="cancellationToken">Cancels the publication.</param>
    /// <returns>A task that completes when every handler has run.</returns>
    Task PublishAsync<TEvent>(TEvent domainEvent, CancellationToken cancellationToken)
        where TEvent : IDomainEvent;
}
