using Ent.Data;

namespace Ent.Plugins.Resources.Data;

/// <summary>Lets <c>scripts/add-migration</c> create the resources store for either engine.</summary>
internal sealed class ResourcesDesignTimeDbContextFactory : EntDesignTimeDbContextFactory<ResourcesDbContext>;
