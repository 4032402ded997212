using Ent.Access;
using Ent.Directory;
using Ent.Plugins.Resources.Data;
using Ent.Plugins.Resources.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ent.Plugins.Resources.Access;

/// <summary>
/// Who may read and act on which resource, as queries composed into the caller's own, so that the database does
/// the filtering. A resource is readable by its owner and by those its shares reach: the person shared with; for
/// a class or group, its pupils, its teachers, the staff of its school and, where the school allows it, the
/// pupils' relatives. Trashed resources are readable by their owner only, in the trash.
/// </summary>
internal sealed class ResourceAccess(IAccessPolicy policy, IOptions<ResourcesOptions> options)
{
    public Viewer Viewer => policy.Viewer;

    public Guid Me => policy.Viewer.PersonId ?? Guid.Empty;

    public IAccessPolicy Policy => policy;

    /// <summary>The shares that reach the viewer.</summary>
    public IQueryable<ResourceShare> SharesReachingViewer(ResourcesDbContext db)
    {
        var me = Me;
        var tenant = Viewer.TenantId;
        var staffed = policy.StaffedSchools();
        var assignments = policy.TeachingAssignments(db);

        var attendedClasses = db.Set<ClassEnrollment>().Where(e => e.StudentId == me && e.TenantId == tenant).Select(e => e.ClassId);
        var attendedGroups = db.Set<GroupMembership>().Where(m => m.StudentId == me && m.TenantId == tenant).Select(m => m.GroupId);
        var taughtClasses = assignments.Where(a => a.ClassId != null).Select(a => a.ClassId!.Value)
            .Concat(db.Set<FormTutor>().Where(t => t.TeacherId == me && t.TenantId == tenant).Select(t => t.ClassId));
        var taughtGroups = assignments.Where(a => a.GroupId != null).Select(a => a.GroupId!.Value);
        var staffedClasses = db.Set<SchoolClass>().Where(c => c.TenantId == tenant && staffed.Contains(c.SchoolId)).Select(c => c.Id);
        var staffedGroups = db.Set<TeachingGroup>().Where(g => g.TenantId == tenant && staffed.Contains(g.SchoolId)).Select(g => g.Id);

        var children = db.Set<FamilyLink>().Where(l => l.RelativeId == me && l.TenantId == tenant).Select(l => l.StudentId);
        var familySchools = SchoolsLettingRelativesRead(db);
        var childrenClasses = db.Set<ClassEnrollment>().Where(e => children.Contains(e.StudentId)).Select(e => e.ClassId)
            .Where(id => db.Set<SchoolClass>().Any(c => c.Id == id && familySchools.Contains(c.SchoolId)));
        var childrenGroups = db.Set<GroupMembership>().Where(m => children.Contains(m.StudentId)).Select(m => m.GroupId)
            .Where(id => db.Set<TeachingGroup>().Any(g => g.Id == id && familySchools.Contains(g.SchoolId)));

        return db.Shares.Where(s => s.TenantId == tenant && (
            (s.TargetKind == ShareTargetKind.Person && s.TargetId == me)
            || (s.TargetKind == ShareTargetKind.Class && (attendedClasses.Contains(s.TargetId) || taughtClasses.Contains(s.TargetId) || staffedClasses.Contains(s.TargetId) || childrenClasses.Contains(s.TargetId)))
            || (s.TargetKind == ShareTargetKind.Group && (attendedGroups.Contains(s.TargetId) || taughtGroups.Contains(s.TargetId) || staffedGroups.Contains(s.TargetId) || childrenGroups.Contains(s.TargetId)))));
    }

    /// <summary>The resources the viewer may read, out of the trash.</summary>
    public IQueryable<Resource> Readable(ResourcesDbContext db)
    {
        var me = Me;
        var tenant = Viewer.TenantId;
        var shares = SharesReachingViewer(db);
        return db.Resources.Where(r => r.TenantId == tenant && r.TrashedAt == null
            && (r.OwnerId == me || shares.Any(s => s.ResourceId == r.Id)));
    }

    /// <summary>The viewer's own resources in their trash.</summary>
    public IQueryable<Resource> Trash(ResourcesDbContext db)
    {
        var me = Me;
        var tenant = Viewer.TenantId;
        return db.Resources.Where(r => r.TenantId == tenant && r.OwnerId == me && r.TrashedAt != null);
    }

    /// <summary>
    /// The viewer's right on each of some resources out of the trash: <see cref="ResourceRight.Manage"/> as owner,
    /// else the strongest share reaching them; resources they may not read are absent.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, ResourceRight>> RightsAsync(ResourcesDbContext db, IReadOnlyCollection<Guid> resourceIds, CancellationToken cancellationToken)
    {
        var me = Me;
        var tenant = Viewer.TenantId;
        var owned = await db.Resources
            .Where(r => resourceIds.Contains(r.Id) && r.TenantId == tenant && r.OwnerId == me && r.TrashedAt == null)
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
        var shared = await SharesReachingViewer(db)
            .Where(s => resourceIds.Contains(s.ResourceId) && db.Resources.Any(r => r.Id == s.ResourceId && r.TrashedAt == null))
            .GroupBy(s => s.ResourceId)
            .Select(group => new { ResourceId = group.Key, Right = group.Max(s => s.Right) })
            .ToListAsync(cancellationToken);
        var rights = shared.ToDictionary(row => row.ResourceId, row => row.Right);
        foreach (var id in owned)
        {
            rights[id] = ResourceRight.Manage;
        }

        return rights;
    }

    /// <summary>The viewer's right on one resource out of the trash, or <see langword="null"/> when they may not read it.</summary>
    public async Task<ResourceRight?> RightAsync(ResourcesDbContext db, Guid resourceId, CancellationToken cancellationToken) =>
        (await RightsAsync(db, [resourceId], cancellationToken)).TryGetValue(resourceId, out var right) ? right : null;

    /// <summary>The schools of the tenant whose settings let relatives read what is shared with their children.</summary>
    private IQueryable<Guid> SchoolsLettingRelativesRead(ResourcesDbContext db)
    {
        var tenant = Viewer.TenantId;
        var settings = options.Value;
        var allowByDefault = settings.RelativesMayRead;
        var exceptions = settings.Schools.Where(school => school.Value.RelativesMayRead is { } allowed && allowed != allowByDefault).Select(school => school.Key).ToList();
        return db.Set<School>()
            .Where(s => s.TenantId == tenant && (allowByDefault ? !exceptions.Contains(s.Uai) : exceptions.Contains(s.Uai)))
            .Select(s => s.Id);
    }
}
