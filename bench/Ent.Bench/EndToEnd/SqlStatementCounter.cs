using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ent.Bench.EndToEnd;

/// <summary>
/// Counts the SQL statements EF Core executes in this process, whichever store runs them, through EF Core's
/// <c>CommandExecuted</c> diagnostic event; no other EF Core event is enabled, so that counting costs little.
/// </summary>
internal sealed class SqlStatementCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private static readonly string CommandExecuted = RelationalEventId.CommandExecuted.Name!;
    private readonly IDisposable _subscription;
    private readonly List<IDisposable> _listeners = [];
    private readonly Lock _lock = new();
    private long _count;
    private List<string>? _captured;

    public SqlStatementCounter()
    {
        _subscription = DiagnosticListener.AllListeners.Subscribe(this);
    }

    /// <summary>Gets how many statements ran since the counter started.</summary>
    public long Count => Interlocked.Read(ref _count);

    /// <summary>Keeps the text of the statements that run from now on, until <see cref="StopCapture"/>.</summary>
    public void StartCapture()
    {
        lock (_lock)
        {
            _captured = [];
        }
    }

    /// <summary>Gives the statements kept since <see cref="StartCapture"/> and stops keeping them.</summary>
    public IReadOnlyList<string> StopCapture()
    {
        lock (_lock)
        {
            var captured = _captured ?? [];
            _captured = null;
            return captured;
        }
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_lock)
            {
                _listeners.Add(value.Subscribe(this, name => name == CommandExecuted));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == CommandExecuted)
        {
            Interlocked.Increment(ref _count);
            if (_captured is not null && value.Value is CommandExecutedEventData executed)
            {
                lock (_lock)
                {
                    _captured?.Add(executed.Command.CommandText);
                }
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
