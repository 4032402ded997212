using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json.Nodes;
using Ent.Data;
using Ent.Events;
using Ent.Plugins.Grades.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Ent.Plugins.Grades.Tests.Infrastructure;

/// <summary>
/// The real host with the built-in plugins, on a fresh database of its own, signing requests in through test
/// headers, with a stopped clock and a counter of SQL statements. Two tenants: <see cref="Tenant"/> with
/// every plugin, <see cref="TenantWithoutGrades"/> with the grades plugin switched off.
/// </summary>
public sealed class GradesTestHost : IAsyncDisposable
{
    public const string Tenant = "test";
    public const string TenantWithoutGrades = "nogrades";
    public const string PostgreSqlVariable = "ENT_TEST_POSTGRES";

    private readonly WebApplication _app;
    private readonly DirectoryInfo _dataDirectory;
    private readonly string? _postgresServer;
    private readonly string? _postgresDatabase;

    private GradesTestHost(WebApplication app, DirectoryInfo dataDirectory, DatabaseProvider provider, string connectionString, string? postgresServer, string? postgresDatabase)
    {
        _app = app;
        _dataDirectory = dataDirectory;
        Provider = provider;
        ConnectionString = connectionString;
        _postgresServer = postgresServer;
        _postgresDatabase = postgresDatabase;
        Statements = new SqlStatementCounter(connectionString);
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public IServiceProvider Services => _app.Services;

    public SqlStatementCounter Statements { get; }

    public EventRecorder Events => _app.Services.GetRequiredService<EventRecorder>();

    public static bool IsAvailable(DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgreSqlVariable));

    public static async Task<GradesTestHost> StartAsync(DatabaseProvider provider, IDictionary<string, string?>? extraSettings = null)
    {
        var dataDirectory = System.IO.Directory.CreateTempSubdirectory("ent-grades-test-");
        string connectionString;
        string? server = null, database = null;
        if (provider == DatabaseProvider.Sqlite)
        {
            connectionString = $"Data Source={Path.Combine(dataDirectory.FullName, "ent.db")}";
        }
        else
        {
            server = Environment.GetEnvironmentVariable(PostgreSqlVariable)!;
            database = $"ent_grades_test_{Guid.NewGuid():N}";
            await ExecuteOnServerAsync(server, $"CREATE DATABASE \"{database}\"");
            connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        }

        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Ent:Data:Directory"] = dataDirectory.FullName,
            ["Ent:Database:Provider"] = provider.ToString(),
            ["Ent:Database:ConnectionString"] = connectionString,
            ["Ent:Plugins:Path"] = Path.Combine(AppContext.BaseDirectory, "plugins"),
            ["Ent:Demo:Seed"] = "false",
            ["Ent:Tenancy:DefaultTenant"] = Tenant,
            [$"Ent:Tenancy:Tenants:{Tenant}:Name"] = "Test département",
            [$"Ent:Tenancy:Tenants:{TenantWithoutGrades}:Name"] = "Tenant without grades",
            [$"Ent:Tenancy:Tenants:{TenantWithoutGrades}:Bouquet:0"] = "none",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var app = Build(settings);
        await app.StartAsync();
        return new GradesTestHost(app, dataDirectory, provider, connectionString, server, database);
    }

    /// <summary>A client acting for a person with the given scopes, or anonymous without a person.</summary>
    public GraphQLClient ClientFor(Guid? person, string scopes = "grades:read grades:write", string tenant = Tenant)
    {
        var client = _app.GetTestServer().CreateClient();
        client.DefaultRequestHeaders.Add("Ent-Tenant", tenant);
        if (person is { } id)
        {
            client.DefaultRequestHeaders.Add(TestAuthenticationHandler.PersonHeader, id.ToString());
            client.DefaultRequestHeaders.Add(TestAuthenticationHandler.ScopesHeader, scopes);
            client.DefaultRequestHeaders.Add(TestAuthenticationHandler.TenantHeader, tenant);
        }

        return new GraphQLClient(client);
    }

    /// <summary>Writes test data straight into the database, through a grades store context of the tests' own.</summary>
    internal async Task WriteAsync(Action<GradesDbContext> write)
    {
        await using var db = CreateStore();
        write(db);
        await db.SaveChangesAsync();
    }

    internal async Task<T> ReadAsync<T>(Func<GradesDbContext, Task<T>> read)
    {
        await using var db = CreateStore();
        return await read(db);
    }

    // The host loads the plugin in a load context of its own, so its context type is not the tests'.
    private GradesDbContext CreateStore()
    {
        var options = new DbContextOptionsBuilder<GradesDbContext>();
        if (Provider == DatabaseProvider.Sqlite)
        {
            options.UseSqlite(ConnectionString);
        }
        else
        {
            options.UseNpgsql(ConnectionString);
        }

        return new GradesDbContext(options.Options);
    }

    public async ValueTask DisposeAsync()
    {
        Statements.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteOnServerAsync(_postgresServer!, $"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)");
        }

        _dataDirectory.Delete(recursive: true);
    }

    // The host's builder is internal; the shared test library (Ent.Testing) will replace this look-up.
    private static WebApplication Build(Dictionary<string, string?> settings)
    {
        var build = Type.GetType("Ent.Host.Hosting.EntApplication, Ent.Host", throwOnError: true)!
            .GetMethod("Build", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!;
        string[] args = [$"--contentRoot={AppContext.BaseDirectory}", "--environment=Production"];
        Action<WebApplicationBuilder> configure = builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.WebHost.UseTestServer();
            builder.Services.AddSingleton<TimeProvider>(new FixedTimeProvider(FixedTimeProvider.TestNow));
            builder.Services.AddSingleton<EventRecorder>();
            builder.Services.AddSingleton<IDomainEventListener<IDomainEvent>>(provider => provider.GetRequiredService<EventRecorder>());
            builder.Services.AddAuthentication(TestAuthenticationHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthenticationHandler.SchemeName, null);
            builder.Services.PostConfigure<AuthenticationOptions>(options =>
            {
                options.DefaultScheme = TestAuthenticationHandler.SchemeName;
                options.DefaultAuthenticateScheme = TestAuthenticationHandler.SchemeName;
            });
        };
        return (WebApplication)build.Invoke(null, [args, configure])!;
    }

    private static async Task ExecuteOnServerAsync(string server, string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(server) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>Keeps the domain events the host published.</summary>
public sealed class EventRecorder : IDomainEventListener<IDomainEvent>
{
    private readonly List<IDomainEvent> _events = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<IDomainEvent> All
    {
        get
        {
            lock (_lock)
            {
                return [.. _events];
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

/// <summary>Posts GraphQL operations and reads the JSON response.</summary>
public sealed class GraphQLClient(HttpClient http) : IDisposable
{
    public async Task<JsonObject> PostAsync(string query, object? variables = null)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(body) as JsonObject ?? throw new InvalidOperationException($"Not a JSON object ({(int)response.StatusCode}): {body}");
    }

    /// <summary>Posts an operation that must succeed, and returns its data.</summary>
    public async Task<JsonObject> DataAsync(string query, object? variables = null)
    {
        var result = await PostAsync(query, variables);
        if (result["errors"] is JsonArray { Count: > 0 } errors)
        {
            throw new InvalidOperationException($"GraphQL errors: {errors.ToJsonString()}");
        }

        return result["data"]!.AsObject();
    }

    public void Dispose() => http.Dispose();
}
