using System.Reflection;
using Ent.Data;
using Ent.Events;
using Ent.Plugins.Forum.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Ent.Plugins.Forum.Tests.Infrastructure;

/// <summary>
/// The real host, started in process on a fresh database (SQLite file or PostgreSQL database) with the demo
/// tenant seeded and the built plugins loaded from <c>artifacts/plugins</c>, as in production. Requests
/// sign in through <see cref="TestAuthenticationHandler"/>.
/// </summary>
internal sealed class ForumHost : IAsyncDisposable
{
    public const string PostgreSqlVariable = "ENT_TEST_POSTGRES";

    private readonly WebApplication _app;
    private readonly DirectoryInfo _dataDirectory;
    private readonly string? _serverConnectionString;
    private readonly string? _databaseName;

    private ForumHost(WebApplication app, DatabaseProvider provider, string connectionString, DirectoryInfo dataDirectory, string? serverConnectionString, string? databaseName, DomainEventRecorder events)
    {
        Events = events;
        _app = app;
        Provider = provider;
        ConnectionString = connectionString;
        _dataDirectory = dataDirectory;
        _serverConnectionString = serverConnectionString;
        _databaseName = databaseName;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>Gets the domain events the host published.</summary>
    public DomainEventRecorder Events { get; }

    public string ConnectionString { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<ForumHost> StartAsync(DatabaseProvider provider)
    {
        var dataDirectory = System.IO.Directory.CreateTempSubdirectory("ent-forum-test-");
        string connectionString;
        string? server = null;
        string? database = null;
        if (provider == DatabaseProvider.Sqlite)
        {
            connectionString = $"Data Source={Path.Combine(dataDirectory.FullName, "ent.db")}";
        }
        else
        {
            server = Environment.GetEnvironmentVariable(PostgreSqlVariable)
                ?? throw new InvalidOperationException($"{PostgreSqlVariable} is not set.");
            database = $"ent_forum_test_{Guid.NewGuid():N}";
            await ExecuteAsync(server, $"CREATE DATABASE \"{database}\"");
            connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        }

        var settings = new Dictionary<string, string?>
        {
            ["Ent:Data:Directory"] = dataDirectory.FullName,
            ["Ent:Database:Provider"] = provider.ToString(),
            ["Ent:Database:ConnectionString"] = connectionString,
            ["Ent:Demo:Seed"] = "true",
            ["Ent:Plugins:Path"] = BuiltPluginsDirectory(),
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        var events = new DomainEventRecorder();
        var app = BuildHost([$"--contentRoot={AppContext.BaseDirectory}", "--environment=Development"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.WebHost.UseTestServer();
            builder.Services.AddAuthentication(TestAuthenticationHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthenticationHandler.SchemeName, _ => { });
            builder.Services.AddSingleton<IDomainEventListener<IDomainEvent>>(events);
        });
        await app.StartAsync();
        return new ForumHost(app, provider, connectionString, dataDirectory, server, database, events);
    }

    /// <summary>A client signed in as a person of the demo tenant, with the forum's scopes unless told otherwise.</summary>
    public HttpClient ClientFor(Guid personId, params string[] scopes)
    {
        var client = _app.GetTestServer().CreateClient();
        client.DefaultRequestHeaders.Add(TestAuthenticationHandler.PersonHeader, personId.ToString());
        client.DefaultRequestHeaders.Add(TestAuthenticationHandler.ScopesHeader, string.Join(' ', scopes.Length == 0 ? ["forum:read", "forum:write"] : scopes));
        return client;
    }

    public HttpClient AnonymousClient() => _app.GetTestServer().CreateClient();

    /// <summary>A context of the forum store, the tests' own, to arrange and check rows directly.</summary>
    public ForumDbContext CreateStore()
    {
        var options = new DbContextOptionsBuilder<ForumDbContext>();
        if (Provider == DatabaseProvider.Sqlite)
        {
            options.UseSqlite(ConnectionString);
        }
        else
        {
            options.UseNpgsql(ConnectionString);
        }

        return new ForumDbContext(options.Options);
    }

    /// <summary>Counts the SQL statements run on this host's database until disposed.</summary>
    public SqlStatementCounter CountStatements() =>
        new(connection => Provider == DatabaseProvider.Sqlite
            ? connection.DataSource == new SqliteConnectionStringBuilder(ConnectionString).DataSource
            : connection.Database == _databaseName);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(_serverConnectionString!, $"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)");
        }

        _dataDirectory.Delete(recursive: true);
    }

    // The host's entry point is internal to it; the tests start it as Program does, with a test sign-in.
    private static WebApplication BuildHost(string[] args, Action<WebApplicationBuilder> configure)
    {
        var entApplication = Assembly.Load("Ent.Host").GetType("Ent.Host.Hosting.EntApplication", throwOnError: true)!;
        var build = entApplication.GetMethod("Build", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!;
        return (WebApplication)build.Invoke(null, [args, configure])!;
    }

    private static string BuiltPluginsDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Ent.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("The repository root was not found."), "artifacts", "plugins");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
