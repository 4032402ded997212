using Ent.Data;

namespace Ent.Host.Data;

internal static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds the database settings. On SQLite with no connection string, the database is
    /// <c>ent.db</c> in the data directory, which is created.
    /// </summary>
    public static IServiceCollection AddEntStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DataOptions>(configuration.GetSection(DataOptions.SectionName));
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.SectionName))
            .PostConfigure<Microsoft.Extensions.Options.IOptions<DataOptions>>((database, data) =>
            {
                if (database.Provider == DatabaseProvider.Sqlite && string.IsNullOrEmpty(database.ConnectionString))
                {
                    var directory = data.Value.ResolveDirectory();
                    System.IO.Directory.CreateDirectory(directory);
                    database.ConnectionString = $"Data Source={Path.Combine(directory, "ent.db")}";
                }
            })
            .Validate(database => !string.IsNullOrEmpty(database.ConnectionString), "Ent:Database:ConnectionString is required for PostgreSQL.");
        services.AddSingleton<StoreMigrator>();
        return services;
    }
}
