using Ent.Host.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ent.Host.Health;

/// <summary>Healthy once start-up has migrated the stores and built every tenant's schema.</summary>
internal sealed class SchemasHealthCheck(StartupState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.IsReady ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The schemas are not built yet."));
}
