using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ent.Plugins.Grades.Tests.Infrastructure;

/// <summary>
/// Counts the SQL statements EF Core runs against one database, through EF Core's diagnostic events. Hosts of
/// other test classes run beside it on other databases, so statements are told apart by connection string.
/// </summary>
public sealed class SqlStatementCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _database;
    private readonly IDisposable _subscription;
    private readonly ConcurrentQueue<string> _statements = new();
    private readonly ConcurrentBag<IDisposable> _listeners = [];

    public SqlStatementCounter(string connectionString)
    {
        _database = DatabaseOf(connectionString);
        _subscription = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public bool IsCounting { get; private set; }

    /// <summary>Counts the statements run while <paramref name="action"/> runs.</summary>
    public async Task<IReadOnlyList<string>> CountAsync(Func<Task> action)
    {
        _statements.Clear();
        IsCounting = true;
        try
        {
            await action();
        }
        finally
        {
            IsCounting = false;
        }

        return [.. _statements];
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            _listeners.Add(value.Subscribe(this));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (IsCounting && value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data
            && DatabaseOf(data.Command.Connection) == _database)
        {
            _statements.Enqueue(data.Command.CommandText);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _subscription.Dispose();
        foreach (var listener in _listeners)
        {
            listener.Dispose();
        }
    }

    private static string DatabaseOf(DbConnection? connection) =>
        connection is null ? string.Empty : connection.DataSource + "/" + connection.Database;

    private static string DatabaseOf(string connectionString)
    {
        if (connectionString.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase))
        {
            using var sqlite = new Microsoft.Data.Sqlite.SqliteConnection(connectionString);
            return DatabaseOf(sqlite);
        }

        using var npgsql = new Npgsql.NpgsqlConnection(connectionString);
        return DatabaseOf(npgsql);
    }
}
