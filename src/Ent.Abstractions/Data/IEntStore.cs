namespace Ent.Data;

/// <summary>A store registered with <see cref="EntStoreServiceCollectionExtensions.AddEntStore{TContext}"/>, as the host migrates it.</summary>
public interface IEntStore
{
    /// <summary>Gets the store's name: its schema or table prefix.</summary>
    string Name { get; }

    /// <summary>Lists the migrations of the engine in use that the database has not applied yet.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The ids of the pending migrations, oldest first.</returns>
    Task<IReadOnlyList<string>> GetPendingMigrationsAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>Applies the pending migrations.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="cancellationToken">Cancels the migration.</param>
    /// <returns>A task that completes when the store is up to date.</returns>
    Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken);
}
