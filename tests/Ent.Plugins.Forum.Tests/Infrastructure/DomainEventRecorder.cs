using System.Collections.Concurrent;
using System.Text.Json;
using Ent.Events;

namespace Ent.Plugins.Forum.Tests.Infrastructure;

/// <summary>Records every domain event the host publishes, by type name, with its properties as JSON.</summary>
internal sealed class DomainEventRecorder : IDomainEventListener<IDomainEvent>
{
    private readonly ConcurrentQueue<(string Type, JsonElement Data)> _events = new();

    public IReadOnlyList<(string Type, JsonElement Data)> Events => [.. _events];

    public Task HandleAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        _events.Enqueue((domainEvent.GetType().Name, JsonSerializer.SerializeToElement(domainEvent, domainEvent.GetType())));
        return Task.CompletedTask;
    }

    /// <summary>The events of a type that concern a message.</summary>
    public IReadOnlyList<JsonElement> About(string type, Guid messageId) =>
        [.. Events.Where(e => e.Type == type && e.Data.GetProperty("MessageId").GetGuid() == messageId).Select(e => e.Data)];
}
