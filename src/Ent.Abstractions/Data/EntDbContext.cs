using Ent.Directory;
using Microsoft.EntityFrameworkCore;

namespace Ent.Data;

/// <summary>
/// The base of every store's <see cref="DbContext"/>. Its tables live in a PostgreSQL schema named after
/// the store, or carry the store's name as a prefix on SQLite, so that stores never collide; each store
/// has its own migrations for both engines.
/// </summary>
/// <remarks>
/// Put each engine's migrations in a namespace ending in <c>.Sqlite</c> or <c>.PostgreSql</c>; the host
/// applies the ones of the engine in use. Every store also maps the directory's tables read-only
/// (<see cref="DirectoryModel"/>), so that its queries can join them. Register the context with
/// <see cref="EntStoreServiceCollectionExtensions.AddEntStore{TContext}"/> and mark it with
/// <see cref="StoreNameAttribute"/>.
/// </remarks>
public abstract class EntDbContext : DbContext
{
    /// <summary>Initializes the context.</summary>
    /// <param name="options">The options the host configured.</param>
    protected EntDbContext(DbContextOptions options)
        : base(options)
    {
        StoreName = StoreNameAttribute.Of(GetType());
    }

    /// <summary>Gets the name of the store: its schema or table prefix.</summary>
    public string StoreName { get; }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        if (Database.IsNpgsql())
        {
            modelBuilder.HasDefaultSchema(StoreName);
        }

        DirectoryModel.Configure(modelBuilder, isOwner: StoreName == DirectoryModel.StoreName, isSqlite: Database.IsSqlite());

        var assembly = GetType().Assembly;
        if (assembly.GetTypes().Any(type => IsConfigurationFor(type, GetType()) && IsEntityTypeConfiguration(type)))
        {
            modelBuilder.ApplyConfigurationsFromAssembly(assembly, type => IsConfigurationFor(type, GetType()));
        }
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        if (Database.IsSqlite())
        {
            configurationBuilder.Conventions.Add(_ => new TablePrefixConvention(StoreName + "_"));
        }
    }

    private static bool IsEntityTypeConfiguration(Type type) =>
        !type.IsAbstract && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>));

    // An assembly may hold several stores (a plugin's and its tests'), so configurations say which store
    // they belong to by living in the store's namespace or below it.
    private static bool IsConfigurationFor(Type configuration, Type context) =>
        configuration.Namespace is { } ns && context.Namespace is { } contextNamespace
        && (ns == contextNamespace || ns.StartsWith(contextNamespace + ".", StringComparison.Ordinal));
}
