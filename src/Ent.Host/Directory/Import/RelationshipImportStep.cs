using Ent.Directory;
using Microsoft.EntityFrameworkCore;

namespace Ent.Host.Directory.Import;

/// <summary>
/// Replaces the school's relationships with the files': enrollments, group memberships, teaching
/// assignments and form tutors of the school's classes and groups, and the family links of the pupils the
/// files list. A relative's links to children of other schools are left alone.
/// </summary>
internal static class RelationshipImportStep
{
    public static async Task RunAsync(ImportWriteSession session, DirectoryImportData data)
    {
        var store = session.Store;
        var tenantId = session.TenantId;
        var schoolId = session.SchoolId;
        var cancellationToken = session.CancellationToken;
        var classesOfSchool = store.Classes.Where(c => c.SchoolId == schoolId).Select(c => c.Id);
        var groupsOfSchool = store.Groups.Where(g => g.SchoolId == schoolId).Select(g => g.Id);

        await RowSetReplacement.ReplaceAsync(
            session,
            session.Counts.Enrollments,
            await store.ClassEnrollments.AsNoTracking().Where(e => classesOfSchool.Contains(e.ClassId)).ToListAsync(cancellationToken),
            data.Enrollments
                .Select(row => new ClassEnrollment { TenantId = tenantId, StudentId = session.PersonIds[row.StudentId], ClassId = session.ClassIds[row.ClassCode] })
                .ToDictionary(e => (e.StudentId, e.ClassId)),
            e => (e.StudentId, e.ClassId));

        await RowSetReplacement.ReplaceAsync(
            session,
            session.Counts.GroupMemberships,
            await store.GroupMemberships.AsNoTracking().Where(m => groupsOfSchool.Contains(m.GroupId)).ToListAsync(cancellationToken),
            data.GroupMemberships
                .Select(row => new GroupMembership { TenantId = tenantId, StudentId = session.PersonIds[row.StudentId], GroupId = session.GroupIds[row.GroupCode] })
                .ToDictionary(m => (m.StudentId, m.GroupId)),
            m => (m.StudentId, m.GroupId));

        await RowSetReplacement.ReplaceAsync(
            session,
            session.Counts.TeachingAssignments,
            await store.TeachingAssignments.AsNoTracking().Where(a => a.SchoolId == schoolId).ToListAsync(cancellationToken),
            data.Assignments
                .Select(row => new TeachingAssignment
                {
                    Id = Guid.CreateVersion7(),
                    TenantId = tenantId,
                    SchoolId = schoolId,
                    TeacherId = session.PersonIds[row.TeacherId],
                    ClassId = row.ClassCode is null ? null : session.ClassIds[row.ClassCode],
                    GroupId = row.GroupCode is null ? null : session.GroupIds[row.GroupCode],
                    SubjectId = session.SubjectIds[row.SubjectCode],
                })
                .ToDictionary(a => (a.TeacherId, a.ClassId, a.GroupId, a.SubjectId)),
            a => (a.TeacherId, a.ClassId, a.GroupId, a.SubjectId));

        await RowSetReplacement.ReplaceAsync(
            session,
            session.Counts.FormTutors,
            await store.FormTutors.AsNoTracking().Where(t => classesOfSchool.Contains(t.ClassId)).ToListAsync(cancellationToken),
            data.FormTutors
                .Select(row => new FormTutor { TenantId = tenantId, ClassId = session.ClassIds[row.ClassCode], TeacherId = session.PersonIds[row.TeacherId] })
                .ToDictionary(t => (t.ClassId, t.TeacherId)),
            t => (t.ClassId, t.TeacherId));

        await RowSetReplacement.ReplaceAsync(
            session,
            session.Counts.FamilyLinks,
            await FamilyLinksOfListedPupilsAsync(session),
            data.FamilyLinks
                .Select(row => new FamilyLink
                {
                    TenantId = tenantId,
                    RelativeId = session.PersonIds[row.RelativeId],
                    StudentId = session.PersonIds[row.StudentId],
                    Relationship = row.Relationship,
                    IsLegalGuardian = row.IsLegalGuardian,
                })
                .ToDictionary(l => (l.RelativeId, l.StudentId)),
            l => (l.RelativeId, l.StudentId),
            (link, wanted) =>
            {
                var changed = link.Relationship != wanted.Relationship || link.IsLegalGuardian != wanted.IsLegalGuardian;
                (link.Relationship, link.IsLegalGuardian) = (wanted.Relationship, wanted.IsLegalGuardian);
                return changed;
            });
    }

    /// <summary>
    /// The family links of the pupils the files list, whichever school their relatives belong to: the files
    /// own those pupils' links, and no other. Once the people are written, those pupils are exactly the
    /// school's active Student profiles.
    /// </summary>
    private static Task<List<FamilyLink>> FamilyLinksOfListedPupilsAsync(ImportWriteSession session)
    {
        var store = session.Store;
        var pupils = store.Profiles
            .Where(p => p.SchoolId == session.SchoolId && p.Kind == ProfileKind.Student && p.IsActive)
            .Select(p => p.PersonId);
        return store.FamilyLinks.AsNoTracking().Where(l => pupils.Contains(l.StudentId)).ToListAsync(session.CancellationToken);
    }
}
