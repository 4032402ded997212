using System.Diagnostics;
using Ent.Data;
using Ent.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Ent.Host.Tests.Infrastructure;

/// <summary>
/// Counts the SQL statements EF Core runs on one host's database while it is open, whichever store runs them,
/// and those that fail, through EF Core's diagnostic events; other test classes' hosts, running beside it, are
/// not counted.
/// </summary>
public sealed class SqlStatementCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _database;
    private readonly IDisposable _subscription;
    private readonly List<IDisposable> _listeners = [];
    private readonly Lock _lock = new();
    private int _count;
    private int _failures;

    public SqlStatementCounter(EntTestHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        _database = host.Database == DatabaseProvider.Sqlite ? host.DataDirectory : new NpgsqlConnectionStringBuilder(host.ConnectionString).Database!;
        _subscription = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public int Count => Volatile.Read(ref _count);

    public int Failures => Volatile.Read(ref _failures);

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
        if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData executed && OnHostDatabase(executed))
        {
            Interlocked.Increment(ref _count);
        }
        else if (value.Key == RelationalEventId.CommandError.Name && value.Value is CommandErrorEventData failed && OnHostDatabase(failed))
        {
            Interlocked.Increment(ref _failures);
        }
    }

    private bool OnHostDatabase(CommandEventData command) =>
        command.Command.Connection?.ConnectionString.Contains(_database, StringComparison.Ordinal) == true;

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
