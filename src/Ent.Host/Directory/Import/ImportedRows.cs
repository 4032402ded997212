using Ent.Directory;

namespace Ent.Host.Directory.Import;

// The rows of an import once validated: keys are the files' external ids and codes, not database keys.

internal sealed record ImportedSchool(string Uai, string Name, SchoolKind Kind, string? City);

internal sealed record ImportedSubject(string Code, string Name);

internal sealed record ImportedClass(string Code, string Name, string Level);

internal sealed record ImportedGroup(string Code, string Name);

internal sealed record ImportedSchoolYear(string Name, DateOnly Start, DateOnly End);

internal sealed record ImportedPeriod(
    string SchoolYear,
    string? ClassCode,
    string Name,
    PeriodKind Kind,
    int Number,
    DateOnly Start,
    DateOnly End,
    DateOnly EntryClosesOn,
    DateOnly? CouncilDate,
    DateOnly? ReportCardsPublishedOn);

/// <summary>A person and the roles the file gives them in the school, one line of <c>people.csv</c> per role.</summary>
internal sealed record ImportedPerson(string ExternalId, string LastName, string FirstName, string? Email, DateOnly? BirthDate)
{
    public List<ImportedProfile> Profiles { get; } = [];
}

internal sealed record ImportedProfile(ProfileKind Kind, string? Position, bool IsSchoolAdministrator);

internal readonly record struct ImportedEnrollment(string StudentId, string ClassCode);

internal readonly record struct ImportedMembership(string StudentId, string GroupCode);

internal sealed record ImportedFamilyLink(string RelativeId, string StudentId, string? Relationship, bool IsLegalGuardian);

internal sealed record ImportedAssignment(string TeacherId, string? ClassCode, string? GroupCode, string SubjectCode);

internal readonly record struct ImportedFormTutor(string ClassCode, string TeacherId);
