using Ent.Events;

namespace Ent.Host.Events;

/// <summary>
/// Delivers a domain event, in process, to the listeners of its type and to the listeners of every event.
/// A failing listener is logged and does not fail the request that published the event.
/// </summary>
internal sealed class DomainEventPublisher(IServiceProvider services, ILogger<DomainEventPublisher> logger) : IDomainEventPublisher
{
    public async Task PublishAsync<TEvent>(TEvent domainEvent, CancellationToken cancellationToken)
        where TEvent : IDomainEvent
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        logger.LogInformation("Domain event {EventType} in tenant {TenantId}.", typeof(TEvent).Name, domainEvent.TenantId);
        foreach (var listener in services.GetServices<IDomainEventListener<TEvent>>())
        {
            await DeliverAsync(() => listener.HandleAsync(domainEvent, cancellationToken), listener, cancellationToken);
        }

        if (typeof(TEvent) != typeof(IDomainEvent))
        {
            foreach (var listener in services.GetServices<IDomainEventListener<IDomainEvent>>())
            {
                await DeliverAsync(() => listener.HandleAsync(domainEvent, cancellationToken), listener, cancellationToken);
            }
        }
    }

    private async Task DeliverAsync(Func<Task> deliver, object listener, CancellationToken cancellationToken)
    {
        try
        {
            await deliver();
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "The listener {Listener} failed on a domain event.", listener.GetType().Name);
        }
    }
}
