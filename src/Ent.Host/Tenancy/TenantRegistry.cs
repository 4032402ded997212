using System.Collections.Frozen;
using Ent.Host.Plugins;
using Ent.Tenancy;
using Microsoft.Extensions.Options;

namespace Ent.Host.Tenancy;

/// <summary>The configured tenants, with bouquets reduced to the plugins that actually loaded.</summary>
internal sealed class TenantRegistry
{
    private readonly FrozenDictionary<string, TenantInfo> _byId;
    private readonly FrozenDictionary<string, TenantInfo> _byHost;

    public TenantRegistry(IOptions<TenancyOptions> options, PluginCatalog catalog, ILogger<TenantRegistry> logger)
    {
        var tenancy = options.Value;
        var tenants = new Dictionary<string, TenantInfo>(StringComparer.Ordinal);
        var hosts = new Dictionary<string, TenantInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, tenant) in tenancy.Tenants)
        {
            var wanted = tenant.Bouquet ?? [.. catalog.Plugins.Select(plugin => plugin.Id)];
            foreach (var absent in wanted.Where(pluginId => catalog.Find(pluginId) is null))
            {
                logger.LogError("Tenant {TenantId}'s bouquet names the plugin {PluginId}, which is not loaded: the tenant is served without it.", id, absent);
            }

            var info = new TenantInfo(id, string.IsNullOrEmpty(tenant.Name) ? id : tenant.Name, wanted.Where(pluginId => catalog.Find(pluginId) is not null).ToFrozenSet(StringComparer.Ordinal));
            tenants.Add(id, info);
            foreach (var host in tenant.Hosts)
            {
                if (!hosts.TryAdd(host, info))
                {
                    throw new InvalidOperationException($"The host name {host} is given to both tenant {hosts[host].Id} and tenant {id}.");
                }
            }
        }

        if (tenancy.DefaultTenant is { } defaultId && !tenants.ContainsKey(defaultId))
        {
            throw new InvalidOperationException($"The default tenant {defaultId} is not among the configured tenants.");
        }

        _byId = tenants.ToFrozenDictionary(StringComparer.Ordinal);
        _byHost = hosts.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Default = tenancy.DefaultTenant is null ? null : _byId[tenancy.DefaultTenant];
    }

    public IEnumerable<TenantInfo> All => _byId.Values;

    public TenantInfo? Default { get; }

    public TenantInfo? Find(string id) => _byId.GetValueOrDefault(id);

    public TenantInfo? FindByHost(string host) => _byHost.GetValueOrDefault(host);
}
