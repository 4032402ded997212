namespace Ent.Plugins.Absences.Domain;

/// <summary>The codes of the user errors the plugin's mutations return; docs/plugins/absences.md lists them.</summary>
internal static class AbsenceErrorCodes
{
    /// <summary>The viewer neither teaches the lesson nor staffs its school.</summary>
    public const string NotYourLesson = "NOT_YOUR_LESSON";

    /// <summary>A roll call names both or neither of a class and a group.</summary>
    public const string InvalidLesson = "INVALID_LESSON";

    /// <summary>A pupil named is not in the lesson's class or group.</summary>
    public const string StudentNotInClass = "STUDENT_NOT_IN_CLASS";

    /// <summary>A pupil is named twice.</summary>
    public const string DuplicateStudent = "DUPLICATE_STUDENT";

    /// <summary>An event is named twice.</summary>
    public const string DuplicateEvent = "DUPLICATE_EVENT";

    /// <summary>The lesson or event starts after now.</summary>
    public const string InFuture = "IN_FUTURE";

    /// <summary>An end is not after its start, or a time is outside the day.</summary>
    public const string InvalidTimeRange = "INVALID_TIME_RANGE";

    /// <summary>Late minutes are not between 1 and the lesson's length.</summary>
    public const string InvalidLateMinutes = "INVALID_LATE_MINUTES";

    /// <summary>The pupil already has an event of the same kind at that time.</summary>
    public const string OverlappingEvent = "OVERLAPPING_EVENT";

    /// <summary>The roll call was recorded on an earlier day: only staff may correct it now.</summary>
    public const string CorrectionClosed = "CORRECTION_CLOSED";

    /// <summary>The class, group, subject, pupil, reason or event does not exist or may not be seen.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>The viewer does not staff the school concerned.</summary>
    public const string NotSchoolStaff = "NOT_SCHOOL_STAFF";

    /// <summary>An event named is not of one of the viewer's children.</summary>
    public const string NotYourChild = "NOT_YOUR_CHILD";

    /// <summary>The events of one justification must be of one pupil.</summary>
    public const string SeveralStudents = "SEVERAL_STUDENTS";

    /// <summary>An incident, which is never justified.</summary>
    public const string NotJustifiable = "NOT_JUSTIFIABLE";

    /// <summary>The event already has a justification waiting for a decision.</summary>
    public const string JustificationAlreadyPending = "JUSTIFICATION_ALREADY_PENDING";

    /// <summary>The event is already justified.</summary>
    public const string AlreadyJustified = "ALREADY_JUSTIFIED";

    /// <summary>The justification was already accepted or refused.</summary>
    public const string JustificationAlreadyDecided = "JUSTIFICATION_ALREADY_DECIDED";

    /// <summary>The reason is archived or of another school.</summary>
    public const string InvalidReason = "INVALID_REASON";

    /// <summary>A text is empty or too long.</summary>
    public const string InvalidText = "INVALID_TEXT";

    /// <summary>A school already has a reason with this code.</summary>
    public const string DuplicateCode = "DUPLICATE_CODE";

    /// <summary>A threshold is not a positive number of half-days, or is given twice.</summary>
    public const string InvalidThreshold = "INVALID_THRESHOLD";

    /// <summary>Someone else recorded the same roll call at the same moment; try again.</summary>
    public const string Conflict = "CONFLICT";
}
