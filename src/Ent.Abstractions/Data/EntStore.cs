using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Data;

internal sealed class EntStore<TContext> : IEntStore
    where TContext : EntDbContext
{
    public string Name { get; } = StoreNameAttribute.Of(typeof(TContext));

    public async Task<IReadOnlyList<string>> GetPendingMigrationsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var context = await CreateContextAsync(services, cancellationToken);

        // Npgsql's provider finds out whether the history table exists by reading it, which logs a failed
        // command at error level for every store of a fresh database; the store knows where its table is and
        // asks first.
        if (context.Database.IsNpgsql() && !await HistoryTableExistsAsync(context, cancellationToken))
        {
            return [.. context.Database.GetMigrations()];
        }

        return [.. await context.Database.GetPendingMigrationsAsync(cancellationToken)];
    }

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var context = await CreateContextAsync(services, cancellationToken);

        // Npgsql's migrator, too, reads the history table before creating it.
        if (context.Database.IsNpgsql() && !await HistoryTableExistsAsync(context, cancellationToken))
        {
            await context.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        }

        await context.Database.MigrateAsync(cancellationToken);
    }

    private static Task<TContext> CreateContextAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContextAsync(cancellationToken);

    private Task<bool> HistoryTableExistsAsync(TContext context, CancellationToken cancellationToken)
    {
        var table = $"\"{Name}\".\"{StoreOptions.HistoryTable}\"";
        return context.Database.SqlQuery<bool>($"SELECT to_regclass({table}) IS NOT NULL AS \"Value\"").SingleAsync(cancellationToken);
    }
}
