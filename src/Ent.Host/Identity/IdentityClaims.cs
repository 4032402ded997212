namespace Ent.Host.Identity;

/// <summary>
/// The claims of <c>HttpContext.User</c> after authentication, in both modes: <c>sub</c> is the directory
/// person's id, <c>ent_tenant</c> their tenant, and each granted scope is one <c>scope</c> claim.
/// </summary>
internal static class IdentityClaims
{
    public const string Subject = "sub";

    public const string Tenant = "ent_tenant";

    public const string Scope = "scope";
}
