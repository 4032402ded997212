namespace Ent.Plugins.Resources.Domain;

/// <summary>
/// The codes of the user errors the resources mutations return in their payloads. They are stable: apps branch
/// on them. docs/plugins/resources.md lists them with their meaning and must change with them.
/// </summary>
internal static class ResourceErrorCodes
{
    public const string InvalidId = "INVALID_ID";
    public const string NotFound = "NOT_FOUND";
    public const string NotAllowed = "NOT_ALLOWED";
    public const string Required = "REQUIRED";
    public const string TooLong = "TOO_LONG";
    public const string InvalidUrl = "INVALID_URL";
    public const string TooManyTags = "TOO_MANY_TAGS";
    public const string NotAFile = "NOT_A_FILE";
    public const string FileEmpty = "FILE_EMPTY";
    public const string FileTooLarge = "FILE_TOO_LARGE";
    public const string FileTypeRefused = "FILE_TYPE_REFUSED";
    public const string QuotaExceeded = "QUOTA_EXCEEDED";
    public const string SchoolQuotaExceeded = "SCHOOL_QUOTA_EXCEEDED";
    public const string SchoolRequired = "SCHOOL_REQUIRED";
    public const string ShareOutsideSchool = "SHARE_OUTSIDE_SCHOOL";
    public const string CannotShareWithOwner = "CANNOT_SHARE_WITH_OWNER";
    public const string NotInTrash = "NOT_IN_TRASH";
    public const string InTrash = "IN_TRASH";
    public const string FolderNotEmpty = "FOLDER_NOT_EMPTY";
    public const string FolderCycle = "FOLDER_CYCLE";
}
