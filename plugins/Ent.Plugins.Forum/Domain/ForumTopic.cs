namespace Ent.Plugins.Forum.Domain;

/// <summary>A topic (sujet, a thread) of a category: messages in the order they were posted.</summary>
internal sealed class ForumTopic
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public Guid CategoryId { get; set; }

    public required string Title { get; set; }

    public Guid AuthorId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Gets or sets when a message was last published in the topic, for ordering topics.</summary>
    public DateTimeOffset LastActivityAt { get; set; }

    /// <summary>Gets or sets whether the topic takes no new message.</summary>
    public bool IsLocked { get; set; }

    /// <summary>Gets or sets whether the topic is listed before the others of its category.</summary>
    public bool IsPinned { get; set; }

    /// <summary>Gets or sets the number of messages posted so far, which numbers the next one.</summary>
    public int MessageSequence { get; set; }
}
