using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ent.Data;

/// <summary>Points a store's context at the configured engine, with its own migrations history.</summary>
internal static class StoreOptions
{
    internal const string HistoryTable = "__EFMigrationsHistory";

    public static void Configure(DbContextOptionsBuilder options, DatabaseOptions database, string storeName)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(database.ConnectionString, sqlite => sqlite.MigrationsHistoryTable($"{storeName}_{HistoryTable}"));
                break;
            case DatabaseProvider.PostgreSql:
                options.UseNpgsql(database.ConnectionString, npgsql => npgsql.MigrationsHistoryTable(HistoryTable, storeName));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {database.Provider}.");
        }

        options.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
    }
}
