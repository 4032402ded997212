namespace Ent.Host.Directory.Import;

/// <summary>
/// The content of an import's files once every row is valid and every reference resolves within the files:
/// what the writer makes the school's part of the directory match.
/// </summary>
internal sealed class DirectoryImportData
{
    public required ImportedSchool School { get; init; }

    public required IReadOnlyList<ImportedSubject> Subjects { get; init; }

    public required IReadOnlyList<ImportedClass> Classes { get; init; }

    public required IReadOnlyList<ImportedGroup> Groups { get; init; }

    /// <summary>Gets the school years, or <see langword="null"/> when the import has no calendar files.</summary>
    public IReadOnlyList<ImportedSchoolYear>? SchoolYears { get; init; }

    /// <summary>Gets the periods, or <see langword="null"/> when the import has no calendar files.</summary>
    public IReadOnlyList<ImportedPeriod>? Periods { get; init; }

    public required IReadOnlyList<ImportedPerson> People { get; init; }

    public required IReadOnlyList<ImportedEnrollment> Enrollments { get; init; }

    public required IReadOnlyList<ImportedMembership> GroupMemberships { get; init; }

    public required IReadOnlyList<ImportedFamilyLink> FamilyLinks { get; init; }

    public required IReadOnlyList<ImportedAssignment> Assignments { get; init; }

    public required IReadOnlyList<ImportedFormTutor> FormTutors { get; init; }
}
