namespace Ent.Plugins.Forum.Domain;

/// <summary>The rules of posting, editing and moderating a message, as plain code.</summary>
internal static class MessageRules
{
    /// <summary>The longest body, in characters of Markdown source.</summary>
    public const int MaxBodyLength = 10_000;

    /// <summary>The longest reason a moderator may give.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>
    /// Tells whether a new or edited message waits for approval: in a category that requires it, a student's
    /// message does, unless the student moderates the category.
    /// </summary>
    /// <param name="categoryRequiresApproval">The category's setting.</param>
    /// <param name="authorIsStudent">Whether the author is a pupil of the category's school.</param>
    /// <param name="authorRight">The author's right on the category.</param>
    /// <returns><see langword="true"/> when the message starts as <see cref="MessageStatus.Pending"/>.</returns>
    public static bool NeedsApproval(bool categoryRequiresApproval, bool authorIsStudent, ForumRight authorRight) =>
        categoryRequiresApproval && authorIsStudent && authorRight < ForumRight.Moderate;

    /// <summary>Gives the status a message takes after a moderator's decision, or <see langword="null"/> when the decision does not apply.</summary>
    /// <param name="message">The message as it stands.</param>
    /// <param name="decision">The decision.</param>
    /// <returns>The new status and hidden flag, or <see langword="null"/>.</returns>
    public static (MessageStatus Status, bool IsHidden)? Apply(ForumMessage message, ModerationDecision decision)
    {
        ArgumentNullException.ThrowIfNull(message);
        return (decision, message.Status, message.IsHidden) switch
        {
            (ModerationDecision.Approve, MessageStatus.Pending or MessageStatus.Rejected, _) => (MessageStatus.Published, false),
            (ModerationDecision.Reject, MessageStatus.Pending, _) => (MessageStatus.Rejected, false),
            (ModerationDecision.Hide, MessageStatus.Published, false) => (MessageStatus.Published, true),
            (ModerationDecision.Unhide, MessageStatus.Published, true) => (MessageStatus.Published, false),
            _ => null,
        };
    }
}

/// <summary>What a moderator decides about a message.</summary>
internal enum ModerationDecision
{
    /// <summary>Publishes a pending or rejected message.</summary>
    Approve,

    /// <summary>Refuses a pending message: only its author and moderators see it.</summary>
    Reject,

    /// <summary>Hides a published message from readers; its place in the thread stays.</summary>
    Hide,

    /// <summary>Shows a hidden message again.</summary>
    Unhide,
}
