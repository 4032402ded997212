using Ent.Host.Data;
using Ent.Host.GraphQL.Schema;
using Ent.Host.Tenancy;
using Microsoft.Extensions.Options;

namespace Ent.Host.Hosting;

/// <summary>
/// Runs before the server accepts requests: applies pending migrations (unless turned off), runs the
/// seeders, and builds every tenant's schema, so that a plugin clash stops start-up with its reason.
/// </summary>
internal sealed class StartupInitializer(
    StoreMigrator migrator,
    IServiceScopeFactory scopes,
    TenantRegistry tenants,
    SchemaRegistry schemas,
    StartupState state,
    IOptions<DataOptions> data) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (data.Value.MigrateOnStart)
        {
            await migrator.MigrateAsync(cancellationToken);
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IStartupSeeder>())
            {
                await seeder.SeedAsync(cancellationToken);
            }
        }

        foreach (var tenant in tenants.All)
        {
            schemas.GetSchema(tenant);
        }

        state.MarkReady();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Fills an empty database at start-up (demo data on the embedded default).</summary>
internal interface IStartupSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
