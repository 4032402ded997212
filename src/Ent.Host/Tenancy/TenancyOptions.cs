namespace Ent.Host.Tenancy;

/// <summary>The tenants this deployment serves, bound from <c>Ent:Tenancy</c>.</summary>
internal sealed class TenancyOptions
{
    public const string SectionName = "Ent:Tenancy";

    /// <summary>Gets the tenants by id.</summary>
    public Dictionary<string, TenantOptions> Tenants { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets or sets the tenant of requests that name none, if any.</summary>
    public string? DefaultTenant { get; set; }
}

/// <summary>One tenant (collectivité).</summary>
internal sealed class TenantOptions
{
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets the host names whose requests belong to this tenant.</summary>
    public List<string> Hosts { get; } = [];

    /// <summary>
    /// Gets or sets the ids of the plugins active for this tenant; <see langword="null"/> means every
    /// loaded plugin.
    /// </summary>
    public List<string>? Bouquet { get; set; }
}
