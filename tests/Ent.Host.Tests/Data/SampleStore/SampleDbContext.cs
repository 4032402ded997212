using Ent.Data;
using Microsoft.EntityFrameworkCore;

namespace Ent.Host.Tests.Data.SampleStore;

/// <summary>A store as a plugin would declare one, to test how the host names and migrates stores.</summary>
[StoreName("sample")]
public sealed class SampleDbContext(DbContextOptions<SampleDbContext> options) : EntDbContext(options)
{
    public DbSet<SampleItem> Items => Set<SampleItem>();
}

/// <summary>Lets <c>scripts/add-migration tests/Ent.Host.Tests</c> create the context for either engine.</summary>
public sealed class SampleDbContextFactory : EntDesignTimeDbContextFactory<SampleDbContext>;
