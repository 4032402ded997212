using Ent.Access;
using Ent.Directory;
using Ent.Plugins.Forum.Data;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Forum.Domain;

/// <summary>
/// The forum's rights model, as queries over the directory and the grants, composed into the caller's
/// query so that the database filters. By default rights follow membership:
/// <list type="bullet">
/// <item>a school's categories: its pupils, teachers and staff contribute;</item>
/// <item>a class's or group's categories: its pupils contribute, its teachers (and a class's form tutors) moderate;</item>
/// <item>relatives read the categories of their children's school, classes and groups when the school allows it;</item>
/// <item>a school's staff moderate all its categories; its administrators and a category's creator manage it;</item>
/// <item>a manager grants more: a right to a person, or to a class or group (its pupils and teachers).</item>
/// </list>
/// Every right includes those below it (<see cref="ForumRight"/>). Tenant administrators get nothing.
/// </summary>
internal sealed class CategoryAccess
{
    private readonly ForumDbContext _db;
    private readonly Guid _me;
    private readonly string _tenant;
    private readonly bool _isStudent;
    private readonly bool _isTeacher;
    private readonly bool _isRelative;
    private readonly List<Guid> _memberSchools;
    private readonly List<Guid> _relativeSchools;
    private readonly List<Guid> _staffedSchools;
    private readonly List<Guid> _administeredSchools;

    public CategoryAccess(Viewer viewer, ForumDbContext db)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        _db = db;
        Viewer = viewer;
        _me = viewer.PersonId ?? Guid.Empty;
        _tenant = viewer.TenantId;
        _isStudent = viewer.Has(ProfileKind.Student);
        _isTeacher = viewer.Has(ProfileKind.Teacher);
        _isRelative = viewer.Has(ProfileKind.Relative);
        _memberSchools = [.. viewer.Profiles.Where(p => p.Kind is ProfileKind.Student or ProfileKind.Teacher or ProfileKind.Personnel).Select(p => p.SchoolId).Distinct()];
        _relativeSchools = [.. viewer.SchoolsWhere(ProfileKind.Relative)];
        _staffedSchools = [.. viewer.SchoolsWhere(ProfileKind.Personnel)];
        _administeredSchools = [.. viewer.Profiles.Where(p => p.IsSchoolAdministrator).Select(p => p.SchoolId).Distinct()];
    }

    public Viewer Viewer { get; }

    /// <summary>Gets the viewer's person key (<see cref="Guid.Empty"/> when anonymous).</summary>
    public Guid PersonId => _me;

    /// <summary>The classes the viewer attends as a pupil.</summary>
    public IQueryable<Guid> AttendedClasses() =>
        _db.Set<ClassEnrollment>().Where(e => _isStudent && e.StudentId == _me && e.TenantId == _tenant).Select(e => e.ClassId);

    /// <summary>The groups the viewer belongs to as a pupil.</summary>
    public IQueryable<Guid> AttendedGroups() =>
        _db.Set<GroupMembership>().Where(m => _isStudent && m.StudentId == _me && m.TenantId == _tenant).Select(m => m.GroupId);

    /// <summary>The classes the viewer teaches or is form tutor of.</summary>
    public IQueryable<Guid> TaughtClasses() =>
        _db.Set<TeachingAssignment>().Where(a => _isTeacher && a.TeacherId == _me && a.TenantId == _tenant && a.ClassId != null).Select(a => a.ClassId!.Value)
            .Concat(_db.Set<FormTutor>().Where(t => _isTeacher && t.TeacherId == _me && t.TenantId == _tenant).Select(t => t.ClassId));

    /// <summary>The groups the viewer teaches.</summary>
    public IQueryable<Guid> TaughtGroups() =>
        _db.Set<TeachingAssignment>().Where(a => _isTeacher && a.TeacherId == _me && a.TenantId == _tenant && a.GroupId != null).Select(a => a.GroupId!.Value);

    /// <summary>The categories on which the viewer holds <paramref name="minimum"/> or more.</summary>
    /// <param name="minimum">The right needed.</param>
    /// <returns>The categories, of the viewer's tenant only.</returns>
    public IQueryable<ForumCategory> Categories(ForumRight minimum)
    {
        var me = _me;
        var tenant = _tenant;
        var reads = minimum <= ForumRight.Read;
        var contributes = minimum <= ForumRight.Contribute;
        var moderates = minimum <= ForumRight.Moderate;
        var isRelative = _isRelative;
        var memberSchools = _memberSchools;
        var relativeSchools = _relativeSchools;
        var staffed = _staffedSchools;
        var administered = _administeredSchools;

        var attendedClasses = AttendedClasses();
        var attendedGroups = AttendedGroups();
        var taughtClasses = TaughtClasses();
        var taughtGroups = TaughtGroups();
        var children = _db.Set<FamilyLink>().Where(l => isRelative && l.RelativeId == me && l.TenantId == tenant).Select(l => l.StudentId);
        var childClasses = _db.Set<ClassEnrollment>().Where(e => children.Contains(e.StudentId)).Select(e => e.ClassId);
        var childGroups = _db.Set<GroupMembership>().Where(m => children.Contains(m.StudentId)).Select(m => m.GroupId);
        var openSchools = _db.SchoolSettings.Where(s => s.RelativesCanRead && s.TenantId == tenant).Select(s => s.SchoolId);
        var grants = _db.Grants.Where(g => g.Right >= minimum && g.TenantId == tenant && (
            (g.GranteeKind == GranteeKind.Person && g.GranteeId == me)
            || (g.GranteeKind == GranteeKind.Class && (attendedClasses.Contains(g.GranteeId) || taughtClasses.Contains(g.GranteeId)))
            || (g.GranteeKind == GranteeKind.Group && (attendedGroups.Contains(g.GranteeId) || taughtGroups.Contains(g.GranteeId)))));

        return _db.Categories.Where(c => c.TenantId == tenant && (
            (reads && isRelative && relativeSchools.Contains(c.SchoolId) && openSchools.Contains(c.SchoolId) && (
                c.Scope == CategoryScope.School
                || (c.Scope == CategoryScope.Class && childClasses.Contains(c.ClassId!.Value))
                || (c.Scope == CategoryScope.Group && childGroups.Contains(c.GroupId!.Value))))
            || (contributes && (
                (c.Scope == CategoryScope.School && memberSchools.Contains(c.SchoolId))
                || (c.Scope == CategoryScope.Class && attendedClasses.Contains(c.ClassId!.Value))
                || (c.Scope == CategoryScope.Group && attendedGroups.Contains(c.GroupId!.Value))))
            || (moderates && (
                staffed.Contains(c.SchoolId)
                || (c.Scope == CategoryScope.Class && taughtClasses.Contains(c.ClassId!.Value))
                || (c.Scope == CategoryScope.Group && taughtGroups.Contains(c.GroupId!.Value))))
            || administered.Contains(c.SchoolId)
            || c.CreatedById == me
            || grants.Any(g => g.CategoryId == c.Id)));
    }

    /// <summary>The keys of the categories on which the viewer holds <paramref name="minimum"/> or more.</summary>
    /// <param name="minimum">The right needed.</param>
    /// <returns>The keys.</returns>
    public IQueryable<Guid> CategoryIds(ForumRight minimum) => Categories(minimum).Select(c => c.Id);

    /// <summary>Gives the viewer's highest right on each of the categories, in one query; a category missing from the answer gives no right.</summary>
    /// <param name="categoryIds">The categories.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The rights by category.</returns>
    public async Task<Dictionary<Guid, ForumRight>> RightsAsync(IReadOnlyCollection<Guid> categoryIds, CancellationToken cancellationToken)
    {
        var read = CategoryIds(ForumRight.Read);
        var contribute = CategoryIds(ForumRight.Contribute);
        var moderate = CategoryIds(ForumRight.Moderate);
        var manage = CategoryIds(ForumRight.Manage);
        var rows = await _db.Categories
            .Where(c => categoryIds.Contains(c.Id))
            .Select(c => new
            {
                c.Id,
                Manage = manage.Contains(c.Id),
                Moderate = moderate.Contains(c.Id),
                Contribute = contribute.Contains(c.Id),
                Read = read.Contains(c.Id),
            })
            .ToListAsync(cancellationToken);
        var rights = new Dictionary<Guid, ForumRight>();
        foreach (var row in rows)
        {
            ForumRight? right = row.Manage ? ForumRight.Manage
                : row.Moderate ? ForumRight.Moderate
                : row.Contribute ? ForumRight.Contribute
                : row.Read ? ForumRight.Read
                : null;
            if (right is { } held)
            {
                rights[row.Id] = held;
            }
        }

        return rights;
    }

    /// <summary>
    /// Tells whether the viewer may create a category: staff in their school; teachers for the classes and
    /// groups they teach.
    /// </summary>
    /// <param name="scope">What the category is attached to.</param>
    /// <param name="schoolId">Its school.</param>
    /// <param name="targetId">Its class or group, if any.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns><see langword="true"/> when they may.</returns>
    public async Task<bool> MayCreateCategoryAsync(CategoryScope scope, Guid schoolId, Guid? targetId, CancellationToken cancellationToken)
    {
        if (_staffedSchools.Contains(schoolId))
        {
            return true;
        }

        return scope switch
        {
            CategoryScope.Class => await TaughtClasses().AnyAsync(id => id == targetId, cancellationToken),
            CategoryScope.Group => await TaughtGroups().AnyAsync(id => id == targetId, cancellationToken),
            _ => false,
        };
    }

    /// <summary>Tells whether the viewer is a pupil of a school: in a category that requires it, their messages wait for approval.</summary>
    /// <param name="schoolId">The school.</param>
    /// <returns><see langword="true"/> when they are.</returns>
    public bool IsStudentOf(Guid schoolId) =>
        Viewer.Profiles.Any(p => p.Kind == ProfileKind.Student && p.SchoolId == schoolId);

    /// <summary>Tells whether the viewer staffs a school, which lets them change its forum settings.</summary>
    /// <param name="schoolId">The school.</param>
    /// <returns><see langword="true"/> when they do.</returns>
    public bool Staffs(Guid schoolId) => _staffedSchools.Contains(schoolId);
}
