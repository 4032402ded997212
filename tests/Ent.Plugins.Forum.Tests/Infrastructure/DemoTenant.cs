using System.Security.Cryptography;
using System.Text;
using Ent.Directory;
using Ent.GraphQL;
using Ent.Plugins.Forum.Data;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Forum.Tests.Infrastructure;

/// <summary>
/// The demo tenant's people, classes and schools, whose keys derive from their names as the host's demo
/// directory makes them, and look-ups of the rest through the store.
/// </summary>
internal static class DemoTenant
{
    public const string Blois = "0410001A";
    public const string Vendome = "0410002B";

    public static Guid SchoolId(string uai) => IdOf($"school:{uai}");

    public static Guid ClassId(string uai, string code) => IdOf($"class:{uai}:{code}");

    public static Guid LatinGroupId(string uai) => IdOf($"group:{uai}:LATIN");

    public static Guid PersonId(string login) => IdOf($"person:{login}");

    public static string GlobalIdOf(string typeName, Guid key) => GlobalId.Encode(typeName, key);

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

    private static Guid IdOf(string key)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes("ent-demo:" + key), hash);
        return new Guid(hash[..16]);
    }
}
