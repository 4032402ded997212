using Ent.Directory;
using Ent.Plugins.Absences.Data;
using Ent.Plugins.Absences.Generation;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Absences.Demo;

/// <summary>A demo school's roster, with its pupils in class order and the child of the family in both collèges.</summary>
/// <param name="Roster">The roster.</param>
/// <param name="Pupils">The pupils by class code, then by name.</param>
/// <param name="SharedChild">The school's pupil whose relative also has a child in another school, if any.</param>
internal sealed record DemoSchool(SchoolRoster Roster, IReadOnlyList<DemoPupil> Pupils, Guid? SharedChild);

/// <summary>A demo pupil and the code of their class.</summary>
/// <param name="Id">The pupil.</param>
/// <param name="ClassCode">Their class's code, such as <c>6EA</c>.</param>
internal sealed record DemoPupil(Guid Id, string ClassCode);

/// <summary>Reads the demo directory through the absences store.</summary>
internal static class DemoRosters
{
    public static async Task<IReadOnlyDictionary<Guid, DemoSchool>> ReadAsync(AbsencesDbContext db, string tenantId, CancellationToken cancellationToken)
    {
        var classes = await db.Set<SchoolClass>().AsNoTracking().Where(c => c.TenantId == tenantId).ToDictionaryAsync(c => c.Id, cancellationToken);
        var people = await db.Set<Person>().AsNoTracking().Where(p => p.TenantId == tenantId && p.IsActive).ToDictionaryAsync(p => p.Id, cancellationToken);
        var enrollments = await db.Set<ClassEnrollment>().AsNoTracking().Where(e => e.TenantId == tenantId).ToListAsync(cancellationToken);
        var memberships = await db.Set<GroupMembership>().AsNoTracking().Where(m => m.TenantId == tenantId).ToListAsync(cancellationToken);
        var links = await db.Set<FamilyLink>().AsNoTracking().Where(l => l.TenantId == tenantId && l.IsLegalGuardian).ToListAsync(cancellationToken);
        var staff = await db.Set<Profile>().AsNoTracking().Where(p => p.TenantId == tenantId && p.IsActive && p.Kind == ProfileKind.Personnel).ToListAsync(cancellationToken);
        var assignments = await db.Set<TeachingAssignment>().AsNoTracking().Where(a => a.TenantId == tenantId).ToListAsync(cancellationToken);
        var subjects = await db.Set<Subject>().AsNoTracking().Where(s => s.TenantId == tenantId).ToListAsync(cancellationToken);

        var classOfPupil = enrollments.Where(e => people.ContainsKey(e.StudentId) && classes.ContainsKey(e.ClassId))
            .GroupBy(e => e.StudentId).ToDictionary(g => g.Key, g => classes[g.OrderBy(e => e.ClassId).First().ClassId]);
        var groups = memberships.ToLookup(m => m.StudentId, m => m.GroupId);
        var guardians = links.ToLookup(l => l.StudentId, l => l.RelativeId);

        // The family with children in two schools, so that "switch child" has something to show in each.
        var sharedChildren = links.GroupBy(l => l.RelativeId)
            .Where(family => family.Select(l => classOfPupil.GetValueOrDefault(l.StudentId)?.SchoolId).Distinct().Count() > 1)
            .SelectMany(family => family.Select(l => l.StudentId))
            .ToHashSet();

        return classOfPupil.GroupBy(entry => entry.Value.SchoolId).ToDictionary(school => school.Key, school =>
        {
            var pupils = school
                .OrderBy(entry => entry.Value.Code, StringComparer.Ordinal)
                .ThenBy(entry => people[entry.Key].LastName, StringComparer.Ordinal)
                .ThenBy(entry => people[entry.Key].FirstName, StringComparer.Ordinal)
                .ThenBy(entry => entry.Key)
                .ToList();
            var roster = new SchoolRoster(
                school.Key,
                [.. assignments.Where(a => a.SchoolId == school.Key).OrderBy(a => a.Id)],
                subjects.Where(s => s.SchoolId == school.Key).ToDictionary(s => s.Id, s => s.Code),
                [.. pupils.Select(entry => new RosterPupil(entry.Key, entry.Value.Id, [.. groups[entry.Key].Order()], [.. guardians[entry.Key].Order()]))],
                [.. staff.Where(p => p.SchoolId == school.Key).OrderBy(p => p.Position == "CPE" ? 0 : 1).ThenBy(p => p.PersonId).Select(p => p.PersonId)]);
            return new DemoSchool(
                roster,
                [.. pupils.Select(entry => new DemoPupil(entry.Key, entry.Value.Code))],
                pupils.Select(entry => (Guid?)entry.Key).FirstOrDefault(id => sharedChildren.Contains(id!.Value)));
        });
    }
}
