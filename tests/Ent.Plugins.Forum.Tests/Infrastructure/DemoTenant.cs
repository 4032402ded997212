using Ent.Directory;
using Ent.Testing;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Forum.Tests.Infrastructure;

/// <summary>The demo tenant's schools, classes and people (see <see cref="DemoPeople"/>), and look-ups of the rest through the store.</summary>
internal static class DemoTenant
{
    public const string Blois = "0410001A";
    public const string Vendome = "0410002B";

    public static Guid SchoolId(string uai) => DemoPeople.School(uai);

    public static Guid ClassId(string uai, string code) => DemoPeople.Class(uai, code);

    public static Guid PersonId(string login) => DemoPeople.Id(login);

    /// <summary>The Latin group of a school.</summary>
    public static async Task<Guid> LatinGroupIdAsync(ForumHost host, string uai)
    {
        var school = SchoolId(uai);
        await using var db = host.CreateStore();
        return await db.Set<TeachingGroup>().Where(g => g.SchoolId == school && g.Code == "LATIN").Select(g => g.Id).SingleAsync();
    }

    /// <summary>The pupils of a class, by last then first name.</summary>
    public static async Task<IReadOnlyList<Guid>> StudentsOfAsync(ForumHost host, Guid classId)
    {
        await using var db = host.CreateStore();
        return await db.Set<ClassEnrollment>().Where(e => e.ClassId == classId)
            .Join(db.Set<Person>(), e => e.StudentId, p => p.Id, (e, p) => p)
            .OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Id)
            .Select(p => p.Id)
            .ToListAsync();
    }

    /// <summary>A pupil of a class who has a relative, with that relative.</summary>
    public static async Task<(Guid Student, Guid Relative)> StudentWithRelativeAsync(ForumHost host, Guid classId)
    {
        await using var db = host.CreateStore();
        var enrolled = db.Set<ClassEnrollment>().Where(e => e.ClassId == classId).Select(e => e.StudentId);
        var link = await db.Set<FamilyLink>().Where(l => enrolled.Contains(l.StudentId)).OrderBy(l => l.StudentId).FirstAsync();
        return (link.StudentId, link.RelativeId);
    }
}
