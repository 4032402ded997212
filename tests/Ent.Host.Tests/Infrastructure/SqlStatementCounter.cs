using System.Diagnostics;
using Ent.Data;
using Ent.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Ent.Host.Tests.Infrastructure;

/// <summary>
/// Counts the SQL statements EF Core runs on one host's database while it is open, whichever store runs them,
/// through EF Core's diagnostic events; other test classes' hosts, running beside it, are not counted.
/// </summary>
public sealed class SqlStatementCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _database;
    private readonly IDisposable _subscription;
    private readonly List<IDisposable> _listeners = [];
    private readonly Lock _lock = new();
    private int _count;

    public SqlStatementCounter(EntTestHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        _database = host.Database == DatabaseProvider.Sqlite ? host.DataDirectory : new NpgsqlConnectionStringBuilder(host.ConnectionString).Database!;
        _subscription = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public int Count => Volatile.Read(ref _count);

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_lock)
            {
                _listeners.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData executed
            && executed.Command.Connection?.ConnectionString.Contains(_database, StringComparison.Ordinal) == true)
        {
            Interlocked.Increment(ref _count);
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
        lock (_lock)
        {
            foreach (var listener in _listeners)
            {
                listener.Dispose();
            }
        }
    }
}
