using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ent.Plugins.Resources.Tests.Infrastructure;

/// <summary>
/// Counts the SQL statements EF Core executes on one database while it is open, whichever context runs them
/// (the host's directory, the plugin's store), through EF Core's diagnostic events.
/// </summary>
public sealed class SqlStatementCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _database;
    private readonly IDisposable _subscription;
    private readonly List<IDisposable> _listeners = [];
    private readonly List<string> _statements = [];
    private readonly Lock _lock = new();

    public SqlStatementCounter(string database)
    {
        _database = database;
        _subscription = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public IReadOnlyList<string> Statements
    {
        get
        {
            lock (_lock)
            {
                return [.. _statements];
            }
        }
    }

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
            lock (_lock)
            {
                _statements.Add(executed.Command.CommandText);
            }
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
