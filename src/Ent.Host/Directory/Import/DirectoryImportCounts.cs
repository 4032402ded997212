namespace Ent.Host.Directory.Import;

/// <summary>What an import did, per kind of row. Importing the same files twice reports no change the second time.</summary>
internal sealed class DirectoryImportCounts
{
    public ImportTally Schools { get; } = new("schools");

    public ImportTally Subjects { get; } = new("subjects");

    public ImportTally Classes { get; } = new("classes");

    public ImportTally Groups { get; } = new("groups");

    public ImportTally SchoolYears { get; } = new("school years");

    public ImportTally Periods { get; } = new("periods");

    public ImportTally People { get; } = new("people");

    public ImportTally Profiles { get; } = new("profiles");

    public ImportTally Enrollments { get; } = new("enrollments");

    public ImportTally GroupMemberships { get; } = new("group memberships");

    public ImportTally FamilyLinks { get; } = new("family links");

    public ImportTally TeachingAssignments { get; } = new("teaching assignments");

    public ImportTally FormTutors { get; } = new("form tutors");

    /// <summary>Gets every tally, in the order they are written.</summary>
    public IReadOnlyList<ImportTally> All =>
    [
        Schools, Subjects, Classes, Groups, SchoolYears, Periods, People, Profiles,
        Enrollments, GroupMemberships, FamilyLinks, TeachingAssignments, FormTutors,
    ];

    /// <summary>Gets the rows changed in any way, over all kinds.</summary>
    public int Changed => All.Sum(tally => tally.Changed);
}
