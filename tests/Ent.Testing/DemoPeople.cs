using Ent.Host.Demo;

namespace Ent.Testing;

/// <summary>The demo tenant's people, by their login (see the README), for tests that run on demo data.</summary>
public static class DemoPeople
{
    /// <summary>The demo tenant.</summary>
    public const string Tenant = "loir-et-cher";

    /// <summary>Gets the key of a demo person by login or external id, such as <c>parent.moreau</c>.</summary>
    /// <param name="login">The login.</param>
    /// <returns>The person's key, the same on every fresh database.</returns>
    public static Guid Id(string login) => DemoDirectory.IdOf($"person:{login}");

    /// <summary>Gets the key of a demo school by UAI: <c>0410001A</c> (Blois) or <c>0410002B</c> (Vendôme).</summary>
    /// <param name="uai">The school's UAI.</param>
    /// <returns>The school's key.</returns>
    public static Guid School(string uai) => DemoDirectory.IdOf($"school:{uai}");

    /// <summary>Gets the key of a demo class by school UAI and class code, such as <c>6EA</c>.</summary>
    /// <param name="uai">The school's UAI.</param>
    /// <param name="code">The class's code.</param>
    /// <returns>The class's key.</returns>
    public static Guid Class(string uai, string code) => DemoDirectory.IdOf($"class:{uai}:{code}");
}
