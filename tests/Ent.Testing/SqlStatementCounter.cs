using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Ent.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Ent.Testing;

/// <summary>
/// Records the SQL statements EF Core runs on one test host's database while it is open, whichever store runs
/// them, through EF Core's diagnostic events: every store raises them, a plugin's too, whatever assembly load
/// context it lives in. Hosts of other test classes, running beside it on other databases, are left out.
/// </summary>
public sealed class SqlStatementCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly Func<DbConnection, bool> _isHostDatabase;
    private readonly IDisposable _subscription;
    private readonly ConcurrentQueue<string> _statements = new();
    private readonly ConcurrentBag<IDisposable> _listeners = [];
    private int _failures;

    /// <summary>Starts recording the statements run on the host's database.</summary>
    /// <param name="host">The host.</param>
    public SqlStatementCounter(EntTestHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (host.Database == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(host.ConnectionString).DataSource;
            _isHostDatabase = connection => connection.DataSource == file;
        }
        else
        {
            var database = new NpgsqlConnectionStringBuilder(host.ConnectionString).Database;
            _isHostDatabase = connection => connection.Database == database;
        }

        _subscription = DiagnosticListener.AllListeners.Subscribe(this);
    }

    /// <summary>Gets the text of the statements run since the counter started or was reset, in order.</summary>
    public IReadOnlyList<string> Statements => [.. _statements];

    /// <summary>Gets how many statements ran since the counter started or was reset.</summary>
    public int Count => _statements.Count;

    /// <summary>Gets how many statements failed since the counter started or was reset.</summary>
    public int Failures => Volatile.Read(ref _failures);

    /// <summary>Forgets the statements recorded so far.</summary>
    public void Reset()
    {
        _statements.Clear();
        Volatile.Write(ref _failures, 0);
    }

    /// <summary>Records the statements run while <paramref name="action"/> runs.</summary>
    /// <param name="action">What to run.</param>
    /// <returns>The statements' text, in order.</returns>
    public async Task<IReadOnlyList<string>> CountAsync(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        Reset();
        await action();
        return Statements;
    }

    /// <inheritdoc />
    public void OnNext(DiagnosticListener value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Name == DbLoggerCategory.Name)
        {
            _listeners.Add(value.Subscribe(this));
        }
    }

    /// <inheritdoc />
    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is not CommandEventData { Command.Connection: { } connection } data || !_isHostDatabase(connection))
        {
            return;
        }

        if (value.Key == RelationalEventId.CommandExecuting.Name)
        {
            _statements.Enqueue(data.Command.CommandText);
        }
        else if (value.Key == RelationalEventId.CommandError.Name)
        {
            Interlocked.Increment(ref _failures);
        }
    }

    /// <inheritdoc />
    public void OnCompleted()
    {
    }

    /// <inheritdoc />
    public void OnError(Exception error)
    {
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _subscription.Dispose();
        foreach (var listener in _listeners)
        {
            listener.Dispose();
        }
    }
}
