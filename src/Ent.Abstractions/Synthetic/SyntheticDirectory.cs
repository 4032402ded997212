using Ent.Directory;

namespace Ent.Synthetic;

/// <summary>A generated tenant's directory, kept in memory so that plugins generate without querying it.</summary>
public sealed class SyntheticDirectory
{
    /// <summary>Gets or sets the tenant.</summary>
    public required string TenantId { get; init; }

    /// <summary>Gets the schools.</summary>
    public List<School> Schools { get; } = [];

    /// <summary>Gets the school years, one per school.</summary>
    public List<SchoolYear> SchoolYears { get; } = [];

    /// <summary>Gets the periods, three trimesters per school.</summary>
    public List<Period> Periods { get; } = [];

    /// <summary>Gets the classes.</summary>
    public List<SchoolClass> Classes { get; } = [];

    /// <summary>Gets the teaching groups.</summary>
    public List<TeachingGroup> Groups { get; } = [];

    /// <summary>Gets the subjects, per school.</summary>
    public List<Subject> Subjects { get; } = [];

    /// <summary>Gets everyone: pupils, relatives, teachers, staff.</summary>
    public List<Person> People { get; } = [];

    /// <summary>Gets the profiles.</summary>
    public List<Profile> Profiles { get; } = [];

    /// <summary>Gets the pupils' classes.</summary>
    public List<ClassEnrollment> Enrollments { get; } = [];

    /// <summary>Gets the pupils' groups.</summary>
    public List<GroupMembership> Memberships { get; } = [];

    /// <summary>Gets the family links.</summary>
    public List<FamilyLink> FamilyLinks { get; } = [];

    /// <summary>Gets the teaching assignments.</summary>
    public List<TeachingAssignment> Assignments { get; } = [];

    /// <summary>Gets the form tutors.</summary>
    public List<FormTutor> FormTutors { get; } = [];

    /// <summary>Gets the pupils of each class.</summary>
    /// <returns>The pupils' keys by class.</returns>
    public ILookup<Guid, Guid> StudentsByClass() => Enrollments.ToLookup(e => e.ClassId, e => e.StudentId);

    /// <summary>Gets the pupils of each teaching group.</summary>
    /// <returns>The pupils' keys by group.</returns>
    public ILookup<Guid, Guid> StudentsByGroup() => Memberships.ToLookup(m => m.GroupId, m => m.StudentId);

    /// <summary>Gets the periods of each school, in order.</summary>
    /// <returns>The periods by school.</returns>
    public ILookup<Guid, Period> PeriodsBySchool() => Periods.OrderBy(p => p.StartDate).ToLookup(p => p.SchoolId);

    /// <summary>Gets the people holding a role in each school.</summary>
    /// <param name="kind">The role.</param>
    /// <returns>The people's keys by school.</returns>
    public ILookup<Guid, Guid> PeopleBySchool(ProfileKind kind) =>
        Profiles.Where(p => p.Kind == kind).ToLookup(p => p.SchoolId, p => p.PersonId);
}
