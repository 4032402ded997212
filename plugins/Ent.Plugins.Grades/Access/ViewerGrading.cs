namespace Ent.Plugins.Grades.Access;

/// <summary>A subject the viewer teaches to a class or to a group.</summary>
internal sealed record TaughtSubject(Guid SubjectId, Guid? ClassId, Guid? GroupId);

/// <summary>
/// What the viewer teaches, tutors and staffs. Those who may see every mark behind a statistic (its
/// teachers, the class's form tutors, the school's staff) see it whatever the number of marks.
/// </summary>
internal sealed class ViewerGrading(IReadOnlyList<TaughtSubject> taught, IReadOnlySet<Guid> tutoredClasses, IReadOnlySet<Guid> staffedSchools)
{
    public static ViewerGrading Nobody { get; } = new([], new HashSet<Guid>(), new HashSet<Guid>());

    public bool Teaches(Guid subjectId, Guid? classId, Guid? groupId) =>
        taught.Any(t => t.SubjectId == subjectId && ((classId != null && t.ClassId == classId) || (groupId != null && t.GroupId == groupId)));

    public bool SeesEveryMarkOf(Guid schoolId, Guid? classId) =>
        staffedSchools.Contains(schoolId) || (classId is { } id && tutoredClasses.Contains(id));
}
