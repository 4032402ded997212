namespace Ent.Plugins.Forum.Domain;

/// <summary>A body a message had before its author edited it.</summary>
internal sealed class MessageRevision
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public Guid MessageId { get; set; }

    public required string Body { get; set; }

    /// <summary>Gets or sets when the message was given this body (posted or last edited).</summary>
    public DateTimeOffset WrittenAt { get; set; }

    /// <summary>Gets or sets when the body was replaced.</summary>
    public DateTimeOffset ReplacedAt { get; set; }
}
