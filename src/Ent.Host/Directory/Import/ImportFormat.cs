namespace Ent.Host.Directory.Import;

/// <summary>
/// The CSV files of a directory import and their columns, as docs/DIRECTORY-IMPORT.md documents them:
/// UTF-8 (with or without a byte order mark), semicolon-separated, a header row first.
/// </summary>
internal static class ImportFormat
{
    public const char Separator = ';';

    public static ImportFile School { get; } = new("school.csv", false, ["uai", "name", "kind", "city"]);

    public static ImportFile Subjects { get; } = new("subjects.csv", false, ["code", "name"]);

    public static ImportFile Classes { get; } = new("classes.csv", false, ["code", "name", "level"]);

    public static ImportFile Groups { get; } = new("groups.csv", false, ["code", "name"]);

    public static ImportFile People { get; } = new(
        "people.csv",
        false,
        ["external_id", "profile", "last_name", "first_name", "email", "birth_date", "position", "school_admin"]);

    public static ImportFile Enrollments { get; } = new("enrollments.csv", false, ["student_id", "class_code"]);

    public static ImportFile GroupMembers { get; } = new("group-members.csv", false, ["student_id", "group_code"]);

    public static ImportFile FamilyLinks { get; } = new(
        "family-links.csv", false, ["relative_id", "student_id", "relationship", "legal_guardian"]);

    public static ImportFile Assignments { get; } = new(
        "assignments.csv", false, ["teacher_id", "class_code", "group_code", "subject_code"]);

    public static ImportFile FormTutors { get; } = new("form-tutors.csv", false, ["class_code", "teacher_id"]);

    public static ImportFile SchoolYears { get; } = new("school-years.csv", true, ["name", "start", "end"]);

    public static ImportFile Periods { get; } = new(
        "periods.csv",
        true,
        ["school_year", "class_code", "name", "kind", "number", "start", "end", "entry_closes", "council_date", "report_date"]);

    /// <summary>Gets every file, in the order they are validated.</summary>
    public static IReadOnlyList<ImportFile> All { get; } =
    [
        School, Subjects, Classes, Groups, SchoolYears, Periods, People,
        Enrollments, GroupMembers, FamilyLinks, Assignments, FormTutors,
    ];
}
