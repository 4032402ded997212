namespace Ent.Demo;

/// <summary>
/// Fills a plugin's store with believable demo data for the demo tenant, on the embedded default. The host
/// runs every seeder once, after seeding the directory, when it creates a fresh demo database.
/// </summary>
public interface IDemoDataSeeder
{
    /// <summary>Seeds the plugin's demo data, reading the demo directory through the plugin's own store.</summary>
    /// <param name="tenantId">The demo tenant.</param>
    /// <param name="cancellationToken">Cancels the seeding.</param>
    /// <returns>A task that completes when the data is saved.</returns>
    Task SeedAsync(string tenantId, CancellationToken cancellationToken);
}
