using Ent.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Ent.Bench.EndToEnd;

/// <summary>
/// The database the benchmarked host serves: on SQLite a file in the data directory (or the one the connection
/// names), on PostgreSQL the database the connection names (<c>ent_bench</c> when it names none), dropped and
/// created again unless it is reused.
/// </summary>
internal static class BenchDatabase
{
    public const string DefaultPostgreSqlDatabase = "ent_bench";

    /// <summary>Gives the connection string of an empty database, or of the existing one when reusing it.</summary>
    public static async Task<string> PrepareAsync(EndToEndOptions options, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(options.DataDirectory);
        return options.Engine == DatabaseProvider.Sqlite
            ? PrepareSqlite(options)
            : await PreparePostgreSqlAsync(options, cancellationToken);
    }

    private static string PrepareSqlite(EndToEndOptions options)
    {
        var builder = new SqliteConnectionStringBuilder(options.Connection ?? string.Empty);
        if (string.IsNullOrEmpty(builder.DataSource))
        {
            builder.DataSource = Path.Combine(options.DataDirectory, "ent.db");
        }

        if (!options.Reuse)
        {
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(builder.DataSource + suffix);
            }

            DeleteFiles(options);
        }

        return builder.ConnectionString;
    }

    private static async Task<string> PreparePostgreSqlAsync(EndToEndOptions options, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Connection))
        {
            throw new ArgumentException("PostgreSQL needs --connection, for a user who may create databases.");
        }

        var builder = new NpgsqlConnectionStringBuilder(options.Connection);
        if (string.IsNullOrEmpty(builder.Database) || builder.Database == "postgres")
        {
            builder.Database = DefaultPostgreSqlDatabase;
        }

        var name = builder.Database;
        var server = new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var exists = await ScalarAsync(connection, $"SELECT 1 FROM pg_database WHERE datname = '{name.Replace("'", "''", StringComparison.Ordinal)}'", cancellationToken) is not null;
        if (exists && options.Reuse)
        {
            return builder.ConnectionString;
        }

        var quoted = $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        if (exists)
        {
            await ScalarAsync(connection, $"DROP DATABASE {quoted} WITH (FORCE)", cancellationToken);
        }

        await ScalarAsync(connection, $"CREATE DATABASE {quoted}", cancellationToken);
        DeleteFiles(options);
        return builder.ConnectionString;
    }

    /// <summary>Refreshes PostgreSQL's statistics after the bulk load, as autovacuum would soon after.</summary>
    public static async Task AnalyzeAsync(DatabaseProvider engine, string connectionString, CancellationToken cancellationToken)
    {
        if (engine != DatabaseProvider.PostgreSql)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ScalarAsync(connection, "ANALYZE", cancellationToken);
    }

    private static void DeleteFiles(EndToEndOptions options)
    {
        var files = Path.Combine(options.DataDirectory, "files");
        if (System.IO.Directory.Exists(files))
        {
            System.IO.Directory.Delete(files, recursive: true);
        }
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
