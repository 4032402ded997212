using System.Security.Cryptography;
using System.Text;
using Ent.GraphQL;

namespace Ent.Plugins.Resources.Tests.Infrastructure;

/// <summary>
/// The keys of the demo directory, derived from names as the host's demo seeder derives them, so that tests
/// name people and classes as the README does.
/// </summary>
internal static class DemoIds
{
    public const string Tenant = "loir-et-cher";
    public const string Rondeau = "0410001A";
    public const string Ronsard = "0410002B";

    public static Guid Person(string login) => IdOf($"person:{login}");

    public static Guid Class(string uai, string code) => IdOf($"class:{uai}:{code}");

    public static Guid School(string uai) => IdOf($"school:{uai}");

    public static Guid Subject(string uai, string code) => IdOf($"subject:{uai}:{code}");

    public static string ClassId(string uai, string code) => GlobalId.Encode(CoreTypeNames.Class, Class(uai, code));

    public static string PersonId(string login) => GlobalId.Encode(CoreTypeNames.Person, Person(login));

    public static string SchoolId(string uai) => GlobalId.Encode(CoreTypeNames.School, School(uai));

    public static string SubjectId(string uai, string code) => GlobalId.Encode(CoreTypeNames.Subject, Subject(uai, code));

    private static Guid IdOf(string key)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes("ent-demo:" + key), hash);
        return new Guid(hash[..16]);
    }
}
