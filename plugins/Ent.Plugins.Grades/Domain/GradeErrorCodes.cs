namespace Ent.Plugins.Grades.Domain;

/// <summary>
/// The codes of the user errors the grades mutations return in their payloads. They are stable: apps branch
/// on them. docs/plugins/grades.md lists them with their meaning and must change with them.
/// </summary>
internal static class GradeErrorCodes
{
    public const string InvalidId = "INVALID_ID";
    public const string NotFound = "NOT_FOUND";
    public const string NotAllowed = "NOT_ALLOWED";
    public const string Required = "REQUIRED";
    public const string TooLong = "TOO_LONG";
    public const string ClassOrGroupRequired = "CLASS_OR_GROUP_REQUIRED";
    public const string InvalidCoefficient = "INVALID_COEFFICIENT";
    public const string InvalidMaximumMark = "INVALID_MAXIMUM_MARK";
    public const string MaximumBelowExistingMarks = "MAXIMUM_BELOW_EXISTING_MARKS";
    public const string PeriodMismatch = "PERIOD_MISMATCH";
    public const string NoPeriodForDate = "NO_PERIOD_FOR_DATE";
    public const string DateOutsidePeriod = "DATE_OUTSIDE_PERIOD";
    public const string PeriodClosed = "PERIOD_CLOSED";
    public const string MarkAboveMaximum = "MARK_ABOVE_MAXIMUM";
    public const string MarkBelowZero = "MARK_BELOW_ZERO";
    public const string MarkTooPrecise = "MARK_TOO_PRECISE";
    public const string MarkValueRequired = "MARK_VALUE_REQUIRED";
    public const string MarkValueNotAllowed = "MARK_VALUE_NOT_ALLOWED";
    public const string StudentNotInClass = "STUDENT_NOT_IN_CLASS";
    public const string DuplicateStudent = "DUPLICATE_STUDENT";
    public const string TooManyMarks = "TOO_MANY_MARKS";
    public const string AlreadyPublished = "ALREADY_PUBLISHED";
}

/// <summary>Something wrong with a mutation's input, before it is tied to an input field.</summary>
/// <param name="Code">One of <see cref="GradeErrorCodes"/>.</param>
/// <param name="Message">A sentence for the user.</param>
internal sealed record GradeProblem(string Code, string Message);
