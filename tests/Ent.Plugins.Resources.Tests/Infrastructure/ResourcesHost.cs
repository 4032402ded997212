using System.Net.Http.Headers;
using System.Reflection;
using Ent.Data;
using Ent.Events;
using Ent.Plugins.Resources.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Ent.Plugins.Resources.Tests.Infrastructure;

/// <summary>
/// The real host with the built-in plugins, on Kestrel at 127.0.0.1 (a free port), with a fresh data directory
/// and database (SQLite, or PostgreSQL on the server of <c>ENT_TEST_POSTGRES</c>) seeded with the demo tenant,
/// and a test sign-in scheme (<see cref="TestAuthentication"/>).
/// </summary>
public sealed class ResourcesHost : IAsyncDisposable
{
    public const string PostgreSqlVariable = "ENT_TEST_POSTGRES";

    private readonly WebApplication _app;
    private readonly string? _serverConnectionString;
    private readonly string? _databaseName;

    private ResourcesHost(WebApplication app, DatabaseProvider provider, string connectionString, string dataDirectory, string? serverConnectionString, string? databaseName)
    {
        _app = app;
        Provider = provider;
        ConnectionString = connectionString;
        DataDirectory = dataDirectory;
        _serverConnectionString = serverConnectionString;
        _databaseName = databaseName;
        BaseAddress = new Uri(app.Urls.First());
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public string DataDirectory { get; }

    public Uri BaseAddress { get; }

    public EventRecorder Events { get; } = new();

    public IServiceProvider Services => _app.Services;

    /// <summary>The PostgreSQL server to create test databases on, or <see langword="null"/> when none is configured.</summary>
    public static string? PostgreSqlServer => Environment.GetEnvironmentVariable(PostgreSqlVariable) is { Length: > 0 } server ? server : null;

    public static async Task<ResourcesHost> StartAsync(DatabaseProvider provider, IDictionary<string, string?> settings)
    {
        var dataDirectory = System.IO.Directory.CreateTempSubdirectory("ent-resources-test-").FullName;
        string connectionString;
        string? server = null, database = null;
        if (provider == DatabaseProvider.Sqlite)
        {
            connectionString = $"Data Source={Path.Combine(dataDirectory, "ent.db")}";
        }
        else
        {
            server = PostgreSqlServer ?? throw new InvalidOperationException($"{PostgreSqlVariable} is not set.");
            database = $"ent_resources_{Guid.NewGuid():N}";
            await ExecuteAsync(server, $"CREATE DATABASE \"{database}\"");
            connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        }

        var configuration = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Ent:Data:Directory"] = dataDirectory,
            ["Ent:Database:Provider"] = provider.ToString(),
            ["Ent:Database:ConnectionString"] = connectionString,
            ["Ent:Demo:Seed"] = "true",
            ["Ent:Plugins:Path"] = Path.Combine(RepositoryRoot(), "artifacts", "plugins"),
            ["Ent:Tenancy:DefaultTenant"] = DemoIds.Tenant,
            ["Ent:Tenancy:Tenants:loir-et-cher:Name"] = "Département de Loir-et-Cher",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            configuration[key] = value;
        }

        var events = new EventRecorder();
        var app = Build([$"--contentRoot={AppContext.BaseDirectory}", "--environment=Production"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(configuration);
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Services.AddAuthentication(TestAuthentication.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, TestAuthentication>(TestAuthentication.SchemeName, null);
            builder.Services.AddSingleton<IDomainEventListener<IDomainEvent>>(events);
        });
        await app.StartAsync();
        var host = new ResourcesHost(app, provider, connectionString, dataDirectory, server, database);
        host.Events.Source = events;
        return host;
    }

    /// <summary>A client signed in as a person (or anonymous), sending the multipart preflight header.</summary>
    public HttpClient CreateClient(Guid? personId = null, string scopes = "resources:read resources:write")
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (personId is { } id)
        {
            client.DefaultRequestHeaders.Authorization = AuthenticationHeaderValue.Parse(TestAuthentication.Header(id, scopes));
        }

        return client;
    }

    /// <summary>Opens the resources store directly, for assertions on what was written.</summary>
    internal ResourcesDbContext OpenStore()
    {
        var options = new DbContextOptionsBuilder<ResourcesDbContext>();
        if (Provider == DatabaseProvider.Sqlite)
        {
            options.UseSqlite(ConnectionString);
        }
        else
        {
            options.UseNpgsql(ConnectionString);
        }

        return new ResourcesDbContext(options.Options);
    }

    /// <summary>The files the local storage holds, spool and partial writes included.</summary>
    public IReadOnlyList<string> StoredFiles(string folder = "files") =>
        System.IO.Directory.Exists(Path.Combine(DataDirectory, folder))
            ? System.IO.Directory.GetFiles(Path.Combine(DataDirectory, folder), "*", SearchOption.AllDirectories)
            : [];

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

        System.IO.Directory.Delete(DataDirectory, recursive: true);
    }

    // The host's builder is internal to it; tests call it as Program does, until a shared test library offers it.
    private static WebApplication Build(string[] args, Action<WebApplicationBuilder> configure)
    {
        var type = Assembly.Load("Ent.Host").GetType("Ent.Host.Hosting.EntApplication", throwOnError: true)!;
        var build = type.GetMethod("Build", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!;
        return (WebApplication)build.Invoke(null, [args, configure])!;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Ent.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with Ent.sln) was not found above the test binaries.");
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

/// <summary>Keeps the domain events the host published, for assertions.</summary>
public sealed class EventRecorder : IDomainEventListener<IDomainEvent>
{
    private readonly List<IDomainEvent> _events = [];
    private readonly Lock _lock = new();

    internal EventRecorder? Source { get; set; }

    public IReadOnlyList<IDomainEvent> All
    {
        get
        {
            var source = Source ?? this;
            lock (source._lock)
            {
                return [.. source._events];
            }
        }
    }

    public Task HandleAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _events.Add(domainEvent);
        }

        return Task.CompletedTask;
    }
}
