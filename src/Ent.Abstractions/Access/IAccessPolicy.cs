using Ent.Data;
using Ent.Directory;

namespace Ent.Access;

/// <summary>
/// Answers, once for every plugin, what the current viewer may see and act on, from the directory's
/// relationships. Each answer is a query over the directory's tables in the caller's own store, to be
/// composed into the caller's query so that the database does the filtering; nothing is loaded to be
/// filtered in memory. Every answer is confined to the viewer's tenant and to active people.
/// </summary>
/// <remarks>
/// The rules: a student sees themself; a relative sees their children; a teacher sees the pupils of the
/// classes and groups they teach, and as form tutor the whole record of their class; staff see their
/// school; a tenant administrator manages the bouquet and settings but reads no pupil's data.
/// </remarks>
public interface IAccessPolicy
{
    /// <summary>Gets the viewer of the current request.</summary>
    Viewer Viewer { get; }

    /// <summary>
    /// The pupils the viewer may see: their name, class and what each plugin shows to those who teach
    /// them. Plugins narrow this further where a right depends on the subject.
    /// </summary>
    /// <param name="store">The caller's store.</param>
    /// <returns>The pupils' keys.</returns>
    IQueryable<Guid> VisibleStudents(EntDbContext store);

    /// <summary>
    /// The pupils whose whole record the viewer may read, all subjects included: themself, their children,
    /// the pupils of the classes they are form tutor of, and the pupils of the schools they staff.
    /// </summary>
    /// <param name="store">The caller's store.</param>
    /// <returns>The pupils' keys.</returns>
    IQueryable<Guid> FullRecordStudents(EntDbContext store);

    /// <summary>
    /// The people the viewer may see by name: themself, <see cref="VisibleStudents"/>, the relatives of
    /// those pupils, and the teachers and staff of the schools the viewer belongs to.
    /// </summary>
    /// <param name="store">The caller's store.</param>
    /// <returns>The people's keys.</returns>
    IQueryable<Guid> VisiblePeople(EntDbContext store);

    /// <summary>
    /// The classes the viewer may see: those they attend, their children attend, teach or tutor, and the
    /// classes of the schools they staff.
    /// </summary>
    /// <param name="store">The caller's store.</param>
    /// <returns>The classes' keys.</returns>
    IQueryable<Guid> VisibleClasses(EntDbContext store);

    /// <summary>The teaching groups the viewer may see, by the same rules as <see cref="VisibleClasses"/>.</summary>
    /// <param name="store">The caller's store.</param>
    /// <returns>The groups' keys.</returns>
    IQueryable<Guid> VisibleGroups(EntDbContext store);

    /// <summary>The viewer's own teaching assignments: what they may write marks or roll calls for.</summary>
    /// <param name="store">The caller's store.</param>
    /// <returns>The assignments.</returns>
    IQueryable<TeachingAssignment> TeachingAssignments(EntDbContext store);

    /// <summary>The schools the viewer belongs to, in any role.</summary>
    /// <returns>The schools' keys.</returns>
    IReadOnlyList<Guid> MemberSchools();

    /// <summary>The schools the viewer staffs (<see cref="ProfileKind.Personnel"/>), which they manage.</summary>
    /// <returns>The schools' keys.</returns>
    IReadOnlyList<Guid> StaffedSchools();
}
