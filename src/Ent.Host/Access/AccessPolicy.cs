using Ent.Access;
using Ent.Data;
using Ent.Directory;

namespace Ent.Host.Access;

/// <summary>The access rules of <see cref="IAccessPolicy"/>, as queries over the directory's tables.</summary>
internal sealed class AccessPolicy(ViewerAccessor viewerAccessor) : IAccessPolicy
{
    public Viewer Viewer => viewerAccessor.Viewer;

    public IQueryable<Guid> VisibleStudents(EntDbContext store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var taughtClasses = TaughtClasses(store);
        var taughtGroups = TaughtGroups(store);
        var enrolled = store.Set<ClassEnrollment>()
            .Where(e => taughtClasses.Contains(e.ClassId))
            .Select(e => e.StudentId);
        var grouped = store.Set<GroupMembership>()
            .Where(m => taughtGroups.Contains(m.GroupId))
            .Select(m => m.StudentId);
        return ActiveStudents(store, FullRecordStudents(store).Concat(enrolled).Concat(grouped));
    }

    public IQueryable<Guid> FullRecordStudents(EntDbContext store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var viewer = Viewer;
        var me = viewer.PersonId ?? Guid.Empty;
        var tenant = viewer.TenantId;
        var staffed = StaffedSchools();
        var isStudent = viewer.Has(ProfileKind.Student);

        var self = store.Set<Person>().Where(p => isStudent && p.Id == me).Select(p => p.Id);
        var children = store.Set<FamilyLink>().Where(l => l.RelativeId == me && l.TenantId == tenant).Select(l => l.StudentId);
        var tutoredClasses = store.Set<FormTutor>().Where(t => t.TeacherId == me && t.TenantId == tenant).Select(t => t.ClassId);
        var tutored = store.Set<ClassEnrollment>().Where(e => tutoredClasses.Contains(e.ClassId)).Select(e => e.StudentId);
        var schoolPupils = store.Set<Profile>()
            .Where(p => p.Kind == ProfileKind.Student && p.TenantId == tenant && staffed.Contains(p.SchoolId))
            .Select(p => p.PersonId);
        return ActiveStudents(store, self.Concat(children).Concat(tutored).Concat(schoolPupils));
    }

    public IQueryable<Guid> VisiblePeople(EntDbContext store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var me = Viewer.PersonId ?? Guid.Empty;
        var tenant = Viewer.TenantId;
        var schools = MemberSchools();
        var students = VisibleStudents(store);
        var relatives = store.Set<FamilyLink>().Where(l => students.Contains(l.StudentId)).Select(l => l.RelativeId);
        var schoolStaff = store.Set<Profile>()
            .Where(p => p.TenantId == tenant && p.IsActive && (p.Kind == ProfileKind.Teacher || p.Kind == ProfileKind.Personnel) && schools.Contains(p.SchoolId))
            .Select(p => p.PersonId);
        return store.Set<Person>()
            .Where(p => p.TenantId == tenant && (p.Id == me || students.Contains(p.Id) || relatives.Contains(p.Id) || schoolStaff.Contains(p.Id)))
            .Select(p => p.Id);
    }

    public IQueryable<Guid> VisibleClasses(EntDbContext store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var tenant = Viewer.TenantId;
        var staffed = StaffedSchools();
        var ownAndChildren = OwnAndChildren(store);
        var attended = store.Set<ClassEnrollment>().Where(e => ownAndChildren.Contains(e.StudentId)).Select(e => e.ClassId);
        var schoolClasses = store.Set<SchoolClass>().Where(c => c.TenantId == tenant && staffed.Contains(c.SchoolId)).Select(c => c.Id);
        return store.Set<SchoolClass>()
            .Where(c => c.TenantId == tenant)
            .Select(c => c.Id)
            .Where(id => TaughtClasses(store).Contains(id) || attended.Contains(id) || schoolClasses.Contains(id));
    }

    public IQueryable<Guid> VisibleGroups(EntDbContext store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var tenant = Viewer.TenantId;
        var staffed = StaffedSchools();
        var ownAndChildren = OwnAndChildren(store);
        var attended = store.Set<GroupMembership>().Where(m => ownAndChildren.Contains(m.StudentId)).Select(m => m.GroupId);
        var taught = TaughtGroups(store);
        return store.Set<TeachingGroup>()
            .Where(g => g.TenantId == tenant && (staffed.Contains(g.SchoolId) || taught.Contains(g.Id) || attended.Contains(g.Id)))
            .Select(g => g.Id);
    }

    public IQueryable<TeachingAssignment> TeachingAssignments(EntDbContext store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var me = Viewer.PersonId ?? Guid.Empty;
        var tenant = Viewer.TenantId;
        var teaches = Viewer.Has(ProfileKind.Teacher);
        return store.Set<TeachingAssignment>().Where(a => teaches && a.TeacherId == me && a.TenantId == tenant);
    }

    public IReadOnlyList<Guid> MemberSchools() => [.. Viewer.Profiles.Select(p => p.SchoolId).Distinct()];

    public IReadOnlyList<Guid> StaffedSchools() => Viewer.SchoolsWhere(ProfileKind.Personnel);

    private IQueryable<Guid> TaughtClasses(EntDbContext store)
    {
        var me = Viewer.PersonId ?? Guid.Empty;
        var tenant = Viewer.TenantId;
        var assigned = TeachingAssignments(store).Where(a => a.ClassId != null).Select(a => a.ClassId!.Value);
        var tutored = store.Set<FormTutor>().Where(t => t.TeacherId == me && t.TenantId == tenant).Select(t => t.ClassId);
        return assigned.Concat(tutored);
    }

    private IQueryable<Guid> TaughtGroups(EntDbContext store) =>
        TeachingAssignments(store).Where(a => a.GroupId != null).Select(a => a.GroupId!.Value);

    private IQueryable<Guid> OwnAndChildren(EntDbContext store)
    {
        var me = Viewer.PersonId ?? Guid.Empty;
        var tenant = Viewer.TenantId;
        var isStudent = Viewer.Has(ProfileKind.Student);
        var self = store.Set<Person>().Where(p => isStudent && p.Id == me).Select(p => p.Id);
        var children = store.Set<FamilyLink>().Where(l => l.RelativeId == me && l.TenantId == tenant).Select(l => l.StudentId);
        return self.Concat(children);
    }

    // Every answer passes through here: only active people of the viewer's tenant.
    private IQueryable<Guid> ActiveStudents(EntDbContext store, IQueryable<Guid> candidates)
    {
        var tenant = Viewer.TenantId;
        return store.Set<Person>()
            .Where(p => p.TenantId == tenant && p.IsActive && candidates.Contains(p.Id))
            .Select(p => p.Id);
    }
}
