namespace Ent.Plugins.Forum.Domain;

/// <summary>
/// A message of a subject. Its body is Markdown, stored as written; a deleted message keeps its place in the
/// thread with its body erased.
/// </summary>
internal sealed class ForumMessage
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    /// <summary>Gets or sets the subject's category, copied so that rights filter messages without a join.</summary>
    public Guid CategoryId { get; set; }

    public Guid SubjectId { get; set; }

    /// <summary>Gets or sets the message's rank in its subject, from 1.</summary>
    public int Number { get; set; }

    public Guid AuthorId { get; set; }

    public required string Body { get; set; }

    /// <summary>Gets or sets the earlier message of the same subject this one replies to, if any.</summary>
    public Guid? QuotedMessageId { get; set; }

    public MessageStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Gets or sets when others could first read it: on posting, or on approval.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset? EditedAt { get; set; }

    /// <summary>Gets or sets whether a moderator hid the message from readers.</summary>
    public bool IsHidden { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public Guid? ModeratedById { get; set; }

    public DateTimeOffset? ModeratedAt { get; set; }

    /// <summary>Gets or sets the reason a moderator gave for rejecting or hiding, shown to the author.</summary>
    public string? ModerationReason { get; set; }

    public bool IsDeleted => DeletedAt is not null;
}

/// <summary>Where a message stands in moderation.</summary>
internal enum MessageStatus
{
    /// <summary>Waiting for a moderator: only its author and moderators see it.</summary>
    Pending,

    /// <summary>Readable by everyone who reads the category.</summary>
    Published,

    /// <summary>Refused by a moderator: only its author and moderators see it.</summary>
    Rejected,
}
