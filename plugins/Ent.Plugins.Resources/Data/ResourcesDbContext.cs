using Ent.Data;
using Ent.Plugins.Resources.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ent.Plugins.Resources.Data;

/// <summary>The resources store: resources, their versions, shares and tags, folders, followers and storage usage.</summary>
[StoreName("resources")]
internal sealed class ResourcesDbContext(DbContextOptions<ResourcesDbContext> options) : EntDbContext(options)
{
    public DbSet<Resource> Resources => Set<Resource>();

    public DbSet<ResourceVersion> Versions => Set<ResourceVersion>();

    public DbSet<ResourceShare> Shares => Set<ResourceShare>();

    public DbSet<ResourceTag> Tags => Set<ResourceTag>();

    public DbSet<ResourceFolder> Folders => Set<ResourceFolder>();

    public DbSet<ResourceFollower> Followers => Set<ResourceFollower>();

    public DbSet<PersonUsage> PersonUsages => Set<PersonUsage>();

    public DbSet<SchoolUsage> SchoolUsages => Set<SchoolUsage>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        if (Database.IsSqlite())
        {
            // SQLite cannot compare or order DateTimeOffset text; as a number of UTC ticks it can.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
