namespace Ent.Plugins.Forum.Domain;

/// <summary>A person following a subject: they are told of its new messages.</summary>
internal sealed class SubjectFollow
{
    public required string TenantId { get; set; }

    public Guid PersonId { get; set; }

    public Guid SubjectId { get; set; }

    public DateTimeOffset FollowedAt { get; set; }
}
