namespace Ent.Plugins.Forum.Domain;

/// <summary>
/// How far a person has read a subject: the messages published after <see cref="ReadAt"/> by others are
/// unread. A subject without a mark is unread in full.
/// </summary>
internal sealed class SubjectReadMark
{
    public required string TenantId { get; set; }

    public Guid PersonId { get; set; }

    public Guid SubjectId { get; set; }

    public DateTimeOffset ReadAt { get; set; }
}
