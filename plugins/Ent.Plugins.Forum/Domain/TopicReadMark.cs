namespace Ent.Plugins.Forum.Domain;

/// <summary>
/// How far a person has read a topic: the messages published after <see cref="ReadAt"/> by others are
/// unread. A topic without a mark is unread in full.
/// </summary>
internal sealed class TopicReadMark
{
    public required string TenantId { get; set; }

    public Guid PersonId { get; set; }

    public Guid TopicId { get; set; }

    public DateTimeOffset ReadAt { get; set; }
}
