using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Data;

internal sealed class EntStore<TContext> : IEntStore
    where TContext : EntDbContext
{
    public string Name { get; } = StoreNameAttribute.Of(typeof(TContext));

    public async Task<IReadOnlyList<string>> GetPendingMigrationsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var context = await CreateContextAsync(services, cancellationToken);
        return [.. await context.Database.GetPendingMigrationsAsync(cancellationToken)];
    }

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var context = await CreateContextAsync(services, cancellationToken);
        await context.Database.MigrateAsync(cancellationToken);
    }

    private static Task<TContext> CreateContextAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContextAsync(cancellationToken);
}
