using System.Data.Common;
using System.Diagnostics;
using Ent.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Ent.Plugins.Absences.Tests.Infrastructure;

/// <summary>Counts the SQL statements EF Core sends to one database, whichever context sends them.</summary>
internal sealed class StatementCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly DatabaseProvider _provider;
    private readonly string _database;
    private readonly List<IDisposable> _subscriptions = [];
    private long _count;

    public StatementCounter(DatabaseProvider provider, string connectionString)
    {
        _provider = provider;
        // A SQLite database is a file in the host's own data directory, whose name is unique.
        _database = provider == DatabaseProvider.Sqlite
            ? Path.GetFileName(Path.GetDirectoryName(new SqliteConnectionStringBuilder(connectionString).DataSource))!
            : new NpgsqlConnectionStringBuilder(connectionString).Database!;
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public long Count => Interlocked.Read(ref _count);

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data && IsOurs(data.Command))
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
        lock (_subscriptions)
        {
            _subscriptions.ForEach(subscription => subscription.Dispose());
        }
    }

    private bool IsOurs(DbCommand command) => command.Connection is { } connection
        && (_provider == DatabaseProvider.Sqlite ? connection.DataSource.Contains(_database, StringComparison.Ordinal) : connection.Database == _database);
}
