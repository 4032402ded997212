using Ent.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Ent.Testing;

/// <summary>
/// A database of its own for one host: a SQLite file in the host's data directory, or a PostgreSQL database
/// with a random name, created on the server of <see cref="TestEnvironment.PostgreSqlVariable"/> and dropped
/// afterwards.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _serverConnectionString;
    private readonly string? _databaseName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? serverConnectionString, string? databaseName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _serverConnectionString = serverConnectionString;
        _databaseName = databaseName;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, string dataDirectory, CancellationToken cancellationToken)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            return new TestDatabase(provider, $"Data Source={Path.Combine(dataDirectory, "ent.db")}", null, null);
        }

        var server = TestEnvironment.RequirePostgreSql();
        var name = $"ent_test_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"", cancellationToken);
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestDatabase(provider, connectionString, server, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            // Pooled connections keep the file open.
            SqliteConnection.ClearAllPools();
            return;
        }

        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        // FORCE ends the database's other sessions, but a role that is not a superuser may not end an
        // autovacuum worker that happens to be there: wait for it to leave instead.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAsync(_serverConnectionString!, $"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", CancellationToken.None);
                return;
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 20)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250));
            }
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        // Pooling off: a pooled connection to the server's maintenance database would outlive the tests.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
