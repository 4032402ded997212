namespace Ent.Host.Access;

/// <summary>The claims an authenticated request carries, whichever provider issued its token.</summary>
internal static class ViewerClaims
{
    /// <summary>The directory person's id.</summary>
    public const string Subject = "sub";

    /// <summary>The tenant the person belongs to.</summary>
    public const string Tenant = "ent_tenant";

    /// <summary>The granted scopes: one claim per scope, or one space-separated claim.</summary>
    public const string Scope = "scope";
}
