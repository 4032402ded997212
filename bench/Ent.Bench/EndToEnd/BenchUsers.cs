using Ent.Directory;
using Ent.Synthetic;

namespace Ent.Bench.EndToEnd;

/// <summary>
/// The people the scenarios act as, picked from the generated directory, always in its first school so that the
/// size of each answer stays the same whatever the number of schools.
/// </summary>
/// <param name="Relative">A relative with the most children (several, when the directory has such families).</param>
/// <param name="RelativeChildren">How many children <paramref name="Relative"/> has.</param>
/// <param name="SingleChildRelative">A relative with one child, to compare statement counts with.</param>
/// <param name="Teacher">A teacher of <paramref name="TeacherClass"/>.</param>
/// <param name="TeacherClass">The class of the teacher's gradebook.</param>
/// <param name="TeacherSubject">The subject the teacher teaches that class.</param>
/// <param name="Cpe">The school's CPE (conseiller principal d'éducation).</param>
/// <param name="School">The first school.</param>
/// <param name="Pupil">A pupil of <paramref name="PupilClass"/>.</param>
/// <param name="PupilClass">The pupil's class.</param>
internal sealed record BenchUsers(
    Guid Relative,
    int RelativeChildren,
    Guid SingleChildRelative,
    Guid Teacher,
    Guid TeacherClass,
    Guid TeacherSubject,
    Guid Cpe,
    Guid School,
    Guid Pupil,
    Guid PupilClass)
{
    public static BenchUsers Pick(SyntheticDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var school = directory.Schools[0].Id;
        var childrenOf = directory.FamilyLinks.ToLookup(l => l.RelativeId, l => l.StudentId);
        var relatives = directory.Profiles.Where(p => p.SchoolId == school && p.Kind == ProfileKind.Relative).Select(p => p.PersonId).ToList();
        var relative = relatives.MaxBy(r => childrenOf[r].Count());
        var single = relatives.First(r => childrenOf[r].Count() == 1);
        var lesson = directory.Assignments.First(a => a.SchoolId == school && a.ClassId is not null);
        var cpe = directory.Profiles.First(p => p.SchoolId == school && p.Kind == ProfileKind.Personnel && p.Position == "CPE").PersonId;
        var pupilClass = directory.Classes.First(c => c.SchoolId == school).Id;
        var pupil = directory.Enrollments.First(e => e.ClassId == pupilClass).StudentId;
        return new BenchUsers(relative, childrenOf[relative].Count(), single, lesson.TeacherId, lesson.ClassId!.Value, lesson.SubjectId, cpe, school, pupil, pupilClass);
    }
}
