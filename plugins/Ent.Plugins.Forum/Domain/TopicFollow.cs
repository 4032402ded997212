namespace Ent.Plugins.Forum.Domain;

/// <summary>A person following a topic: they are told of its new messages.</summary>
internal sealed class TopicFollow
{
    public required string TenantId { get; set; }

    public Guid PersonId { get; set; }

    public Guid TopicId { get; set; }

    public DateTimeOffset FollowedAt { get; set; }
}
