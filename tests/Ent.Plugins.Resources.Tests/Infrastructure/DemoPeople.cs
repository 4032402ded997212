using Ent.Directory;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Resources.Tests.Infrastructure;

/// <summary>Looks up demo people the tests act as, from the host's database.</summary>
public static class DemoPeople
{
    public static readonly Guid MathsBlois = DemoIds.Person("prof.maths.blois");
    public static readonly Guid FrenchBlois = DemoIds.Person("prof.franc.blois");
    public static readonly Guid EnglishBlois = DemoIds.Person("prof.angl.blois");
    public static readonly Guid HistoryBlois = DemoIds.Person("prof.higeo.blois");
    public static readonly Guid SvtBlois = DemoIds.Person("prof.svt.blois");
    public static readonly Guid MathsVendome = DemoIds.Person("prof.maths.vendome");
    public static readonly Guid FrenchVendome = DemoIds.Person("prof.franc.vendome");
    public static readonly Guid ParentMoreau = DemoIds.Person("parent.moreau");

    /// <summary>The pupils of a class, by last name.</summary>
    public static async Task<IReadOnlyList<Guid>> PupilsOfAsync(ResourcesHost host, string uai, string classCode)
    {
        await using var db = host.OpenStore();
        var classId = DemoIds.Class(uai, classCode);
        return await db.Set<ClassEnrollment>().Where(e => e.ClassId == classId)
            .Join(db.Set<Person>(), e => e.StudentId, p => p.Id, (e, p) => p)
            .OrderBy(p => p.LastName).ThenBy(p => p.Id).Select(p => p.Id).ToListAsync();
    }

    /// <summary>A relative of a pupil.</summary>
    public static async Task<Guid> RelativeOfAsync(ResourcesHost host, Guid pupil)
    {
        await using var db = host.OpenStore();
        return await db.Set<FamilyLink>().Where(l => l.StudentId == pupil).Select(l => l.RelativeId).FirstAsync();
    }
}
