using Ent.Access;
using Ent.Directory;
using Ent.Plugins.Absences.Data;
using Ent.Plugins.Absences.Domain;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Plugins.Absences.GraphQL;

/// <summary>
/// What the viewer may see of the store, as queries composed into every read: the pupils the access policy
/// shows them (teachers their classes' and groups', staff their school's, relatives their children's,
/// pupils themselves), and, for justifications, only the pupils whose whole record they may read.
/// </summary>
internal static class AbsenceAccess
{
    public static IAccessPolicy Policy(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IAccessPolicy>();

    public static TimeProvider Clock(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<TimeProvider>();

    /// <summary>The events of pupils the viewer sees.</summary>
    public static IQueryable<AbsenceEvent> VisibleEvents(AbsencesDbContext db, IAccessPolicy policy)
    {
        var tenant = policy.Viewer.TenantId;
        var students = policy.VisibleStudents(db);
        return db.Events.Where(e => e.TenantId == tenant && students.Contains(e.StudentId));
    }

    /// <summary>The justifications of pupils whose whole record the viewer reads: messages may be medical.</summary>
    public static IQueryable<Justification> VisibleJustifications(AbsencesDbContext db, IAccessPolicy policy)
    {
        var tenant = policy.Viewer.TenantId;
        var students = policy.FullRecordStudents(db);
        return db.Justifications.Where(j => j.TenantId == tenant && students.Contains(j.StudentId));
    }

    /// <summary>
    /// The roll calls the viewer sees: those of their school's staff, those they recorded, and those of the
    /// classes and groups they teach or tutor.
    /// </summary>
    public static IQueryable<RollCall> VisibleRollCalls(AbsencesDbContext db, IAccessPolicy policy)
    {
        var viewer = policy.Viewer;
        var me = viewer.PersonId ?? Guid.Empty;
        var staffed = policy.StaffedSchools();
        var assignments = policy.TeachingAssignments(db);
        var tutored = db.Set<FormTutor>().Where(t => t.TeacherId == me && t.TenantId == viewer.TenantId).Select(t => t.ClassId);
        return db.RollCalls.Where(r => r.TenantId == viewer.TenantId
            && (staffed.Contains(r.SchoolId)
                || r.TeacherId == me
                || (r.ClassId != null && (assignments.Any(a => a.ClassId == r.ClassId) || tutored.Contains(r.ClassId.Value)))
                || (r.GroupId != null && assignments.Any(a => a.GroupId == r.GroupId))));
    }

    /// <summary>The alerts the viewer sees: their school's, as staff, and those of pupils whose whole record they read.</summary>
    public static IQueryable<AbsenceAlert> VisibleAlerts(AbsencesDbContext db, IAccessPolicy policy)
    {
        var tenant = policy.Viewer.TenantId;
        var staffed = policy.StaffedSchools();
        var students = policy.FullRecordStudents(db);
        return db.Alerts.Where(a => a.TenantId == tenant && (staffed.Contains(a.SchoolId) || students.Contains(a.StudentId)));
    }

    /// <summary>Tells whether the viewer staffs a school, and so manages its absences.</summary>
    public static bool Staffs(this IAccessPolicy policy, Guid schoolId) => policy.StaffedSchools().Contains(schoolId);
}
