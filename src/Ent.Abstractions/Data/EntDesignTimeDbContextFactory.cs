using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ent.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> create a store's context for either engine. The engine is read from
/// the <c>ENT_MIGRATIONS_PROVIDER</c> environment variable (<c>Sqlite</c> or <c>PostgreSql</c>); no database
/// is contacted. Derive one sealed class per store; <c>scripts/add-migration</c> calls it for both engines.
/// </summary>
/// <typeparam name="TContext">The store's context, with a constructor taking <see cref="DbContextOptions{TContext}"/>.</typeparam>
public abstract class EntDesignTimeDbContextFactory<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : EntDbContext
{
    /// <inheritdoc />
    public TContext CreateDbContext(string[] args)
    {
        var provider = Enum.Parse<DatabaseProvider>(Environment.GetEnvironmentVariable("ENT_MIGRATIONS_PROVIDER") ?? nameof(DatabaseProvider.Sqlite), ignoreCase: true);
        var database = new DatabaseOptions
        {
            Provider = provider,
            ConnectionString = provider == DatabaseProvider.Sqlite ? "Data Source=design-time.db" : "Host=localhost;Database=design_time",
        };
        var options = new DbContextOptionsBuilder<TContext>();
        StoreOptions.Configure(options, database, StoreNameAttribute.Of(typeof(TContext)));
        return (TContext)Activator.CreateInstance(typeof(TContext), options.Options)!;
    }
}
