using Ent.Directory;
using Ent.Synthetic;

namespace Ent.Plugins.Absences.Generation;

/// <summary>What generating a school's absences needs of its directory.</summary>
/// <param name="SchoolId">The school.</param>
/// <param name="Assignments">Who teaches what to which class or group, in a stable order.</param>
/// <param name="SubjectCodes">The code of each of the school's subjects, such as <c>MATHS</c>.</param>
/// <param name="Pupils">The pupils with a class, in a stable order.</param>
/// <param name="Staff">The staff who record events and decide justifications, the CPE first.</param>
internal sealed record SchoolRoster(
    Guid SchoolId,
    IReadOnlyList<TeachingAssignment> Assignments,
    IReadOnlyDictionary<Guid, string> SubjectCodes,
    IReadOnlyList<RosterPupil> Pupils,
    IReadOnlyList<Guid> Staff)
{
    /// <summary>Builds the rosters of every school of a synthetic directory, in the directory's order.</summary>
    /// <param name="directory">The directory.</param>
    /// <returns>The rosters.</returns>
    public static IReadOnlyList<SchoolRoster> Of(SyntheticDirectory directory)
    {
        var classes = directory.Classes.ToDictionary(c => c.Id);
        var classOfPupil = directory.Enrollments.GroupBy(e => e.StudentId).ToDictionary(g => g.Key, g => g.First().ClassId);
        var groupsOfPupil = directory.Memberships.ToLookup(m => m.StudentId, m => m.GroupId);
        var guardians = directory.FamilyLinks.Where(l => l.IsLegalGuardian).ToLookup(l => l.StudentId, l => l.RelativeId);
        var pupilsBySchool = directory.Profiles.Where(p => p.Kind == ProfileKind.Student && classOfPupil.ContainsKey(p.PersonId))
            .ToLookup(p => p.SchoolId, p => p.PersonId);
        var staffBySchool = directory.Profiles.Where(p => p.Kind == ProfileKind.Personnel).ToLookup(p => p.SchoolId);
        var assignments = directory.Assignments.ToLookup(a => a.SchoolId);
        var subjects = directory.Subjects.ToLookup(s => s.SchoolId);
        return
        [
            .. directory.Schools.Select(school => new SchoolRoster(
                school.Id,
                [.. assignments[school.Id]],
                subjects[school.Id].ToDictionary(s => s.Id, s => s.Code),
                [
                    .. pupilsBySchool[school.Id]
                        .Where(pupil => classes[classOfPupil[pupil]].SchoolId == school.Id)
                        .Select(pupil => new RosterPupil(pupil, classOfPupil[pupil], [.. groupsOfPupil[pupil]], [.. guardians[pupil]])),
                ],
                [.. staffBySchool[school.Id].OrderBy(p => p.Position == "CPE" ? 0 : 1).Select(p => p.PersonId)])),
        ];
    }
}

/// <summary>A pupil of a roster.</summary>
/// <param name="Id">The pupil.</param>
/// <param name="ClassId">Their class.</param>
/// <param name="Groups">Their teaching groups.</param>
/// <param name="Guardians">Their legal guardians, who justify their absences.</param>
internal sealed record RosterPupil(Guid Id, Guid ClassId, IReadOnlyList<Guid> Groups, IReadOnlyList<Guid> Guardians);
