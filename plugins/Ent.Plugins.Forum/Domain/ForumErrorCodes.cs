namespace Ent.Plugins.Forum.Domain;

/// <summary>The stable codes of the forum's user errors, documented in <c>docs/plugins/forum.md</c>.</summary>
internal static class ForumErrorCodes
{
    /// <summary>The category does not exist or the viewer may not read it.</summary>
    public const string CategoryNotFound = "CATEGORY_NOT_FOUND";

    /// <summary>The subject does not exist or the viewer may not read it.</summary>
    public const string SubjectNotFound = "SUBJECT_NOT_FOUND";

    /// <summary>The message does not exist or the viewer may not read it.</summary>
    public const string MessageNotFound = "MESSAGE_NOT_FOUND";

    /// <summary>The school, class, group or person named does not exist or the viewer may not see it.</summary>
    public const string TargetNotFound = "TARGET_NOT_FOUND";

    /// <summary>A category must be attached to exactly one of a school, a class or a group.</summary>
    public const string InvalidTarget = "INVALID_TARGET";

    /// <summary>Only teachers (of the class or group) and staff create categories.</summary>
    public const string CannotCreateCategory = "CANNOT_CREATE_CATEGORY";

    /// <summary>The viewer reads the category but may not post in it.</summary>
    public const string CannotContribute = "CANNOT_CONTRIBUTE";

    /// <summary>The viewer does not moderate the category.</summary>
    public const string CannotModerate = "CANNOT_MODERATE";

    /// <summary>The viewer does not manage the category.</summary>
    public const string CannotManage = "CANNOT_MANAGE";

    /// <summary>Only the school's staff change its forum settings.</summary>
    public const string CannotChangeSettings = "CANNOT_CHANGE_SETTINGS";

    /// <summary>The subject is locked: it takes no new message.</summary>
    public const string SubjectLocked = "SUBJECT_LOCKED";

    /// <summary>Another message took the subject's next number at the same moment: nothing was written, send again.</summary>
    public const string SubjectBusy = "SUBJECT_BUSY";

    /// <summary>Only a message's author edits it, and only its author or a moderator deletes it.</summary>
    public const string NotAuthor = "NOT_AUTHOR";

    /// <summary>The message was deleted: it can no longer be edited, quoted or moderated.</summary>
    public const string MessageDeleted = "MESSAGE_DELETED";

    /// <summary>A reply quotes a message of another subject, or one its author may not see.</summary>
    public const string QuoteNotInSubject = "QUOTE_NOT_IN_SUBJECT";

    /// <summary>The text is empty or blank.</summary>
    public const string Empty = "EMPTY";

    /// <summary>The text is longer than its limit.</summary>
    public const string TooLong = "TOO_LONG";

    /// <summary>The moderation decision does not apply to the message as it stands (approving a published message).</summary>
    public const string DecisionNotApplicable = "DECISION_NOT_APPLICABLE";
}
