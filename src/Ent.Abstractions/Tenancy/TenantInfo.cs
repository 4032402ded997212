namespace Ent.Tenancy;

/// <summary>The tenant (collectivité) a request is served for.</summary>
/// <param name="Id">The tenant's stable id, as in configuration.</param>
/// <param name="Name">The tenant's display name.</param>
/// <param name="Bouquet">The ids of the plugins active for the tenant.</param>
public sealed record TenantInfo(string Id, string Name, IReadOnlySet<string> Bouquet);
