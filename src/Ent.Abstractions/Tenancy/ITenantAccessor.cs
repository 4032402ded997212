namespace Ent.Tenancy;

/// <summary>Gives the tenant of the current request; registered by the host, scoped to the request.</summary>
public interface ITenantAccessor
{
    /// <summary>Gets the tenant of the current request.</summary>
    TenantInfo Tenant { get; }
}
