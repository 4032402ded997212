namespace Ent.Plugins.Forum.Domain;

/// <summary>A subject (sujet, a thread) of a category: messages in the order they were posted.</summary>
internal sealed class ForumSubject
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public Guid CategoryId { get; set; }

    public required string Title { get; set; }

    public Guid AuthorId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Gets or sets when a message was last published in the subject, for ordering subjects.</summary>
    public DateTimeOffset LastActivityAt { get; set; }

    /// <summary>Gets or sets whether the subject takes no new message.</summary>
    public bool IsLocked { get; set; }

    /// <summary>Gets or sets whether the subject is listed before the others of its category.</summary>
    public bool IsPinned { get; set; }

    /// <summary>Gets or sets the number of messages posted so far, which numbers the next one.</summary>
    public int MessageSequence { get; set; }
}
