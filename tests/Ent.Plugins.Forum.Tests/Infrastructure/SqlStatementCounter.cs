using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ent.Plugins.Forum.Tests.Infrastructure;

/// <summary>
/// Counts the SQL statements EF Core runs on one database, through EF Core's diagnostic events, which every
/// store of the host raises whichever assembly load context it lives in.
/// </summary>
internal sealed class SqlStatementCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly Func<DbConnection, bool> _isOurs;
    private readonly IDisposable _allListeners;
    private readonly List<IDisposable> _subscriptions = [];
    private readonly List<string> _statements = [];
    private readonly Lock _lock = new();

    public SqlStatementCounter(Func<DbConnection, bool> isOurs)
    {
        _isOurs = isOurs;
        _allListeners = DiagnosticListener.AllListeners.Subscribe(this);
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

    public int Count => Statements.Count;

    public void Reset()
    {
        lock (_lock)
        {
            _statements.Clear();
        }
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_lock)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData executed && _isOurs(executed.Connection))
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
        _allListeners.Dispose();
        lock (_lock)
        {
            _subscriptions.ForEach(subscription => subscription.Dispose());
        }
    }
}
