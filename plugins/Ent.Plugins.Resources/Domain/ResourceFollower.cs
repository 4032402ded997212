namespace Ent.Plugins.Resources.Domain;

/// <summary>A person who wants to hear of new versions of a resource they may read.</summary>
internal sealed class ResourceFollower
{
    public Guid ResourceId { get; set; }

    public Guid PersonId { get; set; }

    public required string TenantId { get; set; }

    public DateTimeOffset FollowedAt { get; set; }
}
