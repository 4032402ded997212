using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace Ent.Host.Identity.Server;

/// <summary>
/// Deletes, once a day, the provider's token and authorization entries that expired or were revoked more than a
/// refresh token's lifetime ago, so that the identity store does not grow with every token issued.
/// </summary>
internal sealed class TokenPruning(
    IServiceScopeFactory scopes,
    IOptions<EntAuthenticationOptions> options,
    TimeProvider clock,
    ILogger<TokenPruning> logger) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await PruneAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Pruning expired tokens failed; it is tried again in {Period}.", Period);
            }
        }
    }

    public async Task PruneAsync(CancellationToken cancellationToken)
    {
        var threshold = clock.GetUtcNow() - options.Value.RefreshTokenLifetime;
        await using var scope = scopes.CreateAsyncScope();
        var tokens = await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().PruneAsync(threshold, cancellationToken);
        var authorizations = await scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>().PruneAsync(threshold, cancellationToken);
        logger.LogInformation("Pruned {Tokens} token(s) and {Authorizations} authorization(s) older than {Threshold}.", tokens, authorizations, threshold);
    }
}
