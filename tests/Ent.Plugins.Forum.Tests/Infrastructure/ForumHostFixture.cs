using Ent.Data;
using Xunit;

namespace Ent.Plugins.Forum.Tests.Infrastructure;

/// <summary>
/// One host per engine, shared by the test classes of its collection. On PostgreSQL without
/// <see cref="ForumHost.PostgreSqlVariable"/>, each test skips itself; in CI (<c>CI=true</c>) it fails instead.
/// </summary>
public abstract class ForumHostFixture : IAsyncLifetime
{
    private ForumHost? _host;

    internal abstract DatabaseProvider Provider { get; }

    internal ForumHost Host
    {
        get
        {
            Skip.If(_host is null, $"PostgreSQL tests need {ForumHost.PostgreSqlVariable}, a connection string of a role that may create databases.");
            return _host!;
        }
    }

    public async Task InitializeAsync()
    {
        var available = Provider == DatabaseProvider.Sqlite || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ForumHost.PostgreSqlVariable));
        if (!available && string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"CI=true but {ForumHost.PostgreSqlVariable} is not set: PostgreSQL tests must run in CI.");
        }

        if (available)
        {
            _host = await ForumHost.StartAsync(Provider);
        }
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}

public sealed class SqliteHostFixture : ForumHostFixture
{
    internal override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgreSqlHostFixture : ForumHostFixture
{
    internal override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}

[CollectionDefinition(Name)]
public sealed class SqliteHost : ICollectionFixture<SqliteHostFixture>
{
    public const string Name = "forum on SQLite";
}

[CollectionDefinition(Name)]
public sealed class PostgreSqlHost : ICollectionFixture<PostgreSqlHostFixture>
{
    public const string Name = "forum on PostgreSQL";
}
