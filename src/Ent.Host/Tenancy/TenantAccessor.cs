using Ent.Tenancy;

namespace Ent.Host.Tenancy;

/// <summary>Holds the tenant the GraphQL endpoint resolved for the current request.</summary>
internal sealed class TenantAccessor : ITenantAccessor
{
    private TenantInfo? _tenant;

    public TenantInfo Tenant
    {
        get => _tenant ?? throw new InvalidOperationException("No tenant was resolved for this request.");
        set => _tenant = value;
    }
}
