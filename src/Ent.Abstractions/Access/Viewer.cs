using Ent.Directory;

namespace Ent.Access;

/// <summary>The person a request acts for, as its access token and the directory describe them.</summary>
public sealed class Viewer
{
    /// <summary>Initializes a viewer.</summary>
    /// <param name="tenantId">The tenant of the request.</param>
    /// <param name="personId">The signed-in person, or <see langword="null"/> for an anonymous request.</param>
    /// <param name="scopes">The scopes the access token grants.</param>
    /// <param name="profiles">The person's active profiles.</param>
    /// <param name="isTenantAdministrator">Whether the person administers the tenant.</param>
    public Viewer(string tenantId, Guid? personId, IReadOnlySet<string> scopes, IReadOnlyList<ViewerProfile> profiles, bool isTenantAdministrator)
    {
        TenantId = tenantId;
        PersonId = personId;
        Scopes = scopes;
        Profiles = profiles;
        IsTenantAdministrator = isTenantAdministrator;
    }

    /// <summary>Gets the tenant of the request. No request ever reads another tenant's rows.</summary>
    public string TenantId { get; }

    /// <summary>Gets the signed-in person, or <see langword="null"/>.</summary>
    public Guid? PersonId { get; }

    /// <summary>Gets a value indicating whether a person is signed in.</summary>
    public bool IsAuthenticated => PersonId is not null;

    /// <summary>Gets the scopes the access token grants.</summary>
    public IReadOnlySet<string> Scopes { get; }

    /// <summary>Gets the person's active profiles, one per school and role.</summary>
    public IReadOnlyList<ViewerProfile> Profiles { get; }

    /// <summary>Gets a value indicating whether the person administers the tenant (bouquet, settings).</summary>
    public bool IsTenantAdministrator { get; }

    /// <summary>Creates the viewer of a request without credentials.</summary>
    /// <param name="tenantId">The tenant of the request.</param>
    /// <returns>The anonymous viewer.</returns>
    public static Viewer Anonymous(string tenantId) =>
        new(tenantId, null, new HashSet<string>(), [], isTenantAdministrator: false);

    /// <summary>Tells whether the person holds a role in any school.</summary>
    /// <param name="kind">The role.</param>
    /// <returns><see langword="true"/> when they do.</returns>
    public bool Has(ProfileKind kind) => Profiles.Any(profile => profile.Kind == kind);

    /// <summary>Gets the schools where the person holds a role.</summary>
    /// <param name="kind">The role.</param>
    /// <returns>The schools' keys.</returns>
    public IReadOnlyList<Guid> SchoolsWhere(ProfileKind kind) =>
        [.. Profiles.Where(profile => profile.Kind == kind).Select(profile => profile.SchoolId).Distinct()];
}

/// <summary>A role the viewer holds in a school.</summary>
/// <param name="SchoolId">The school.</param>
/// <param name="Kind">The role.</param>
/// <param name="IsSchoolAdministrator">Whether the viewer administers the school in the ENT.</param>
public sealed record ViewerProfile(Guid SchoolId, ProfileKind Kind, bool IsSchoolAdministrator);
