using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Reflection;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ent.Events;
using Ent.Plugins.Absences.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Ent.Plugins.Absences.Tests.Hosting;

/// <summary>
/// The real host, with the built plugins, on a fresh database of one engine; requests act as a given person
/// through a test authentication scheme. To be replaced by the shared Ent.Testing fixture once it is on main.
/// </summary>
public abstract class AbsencesHost : IAsyncLifetime
{
    public const string Tenant = "test";
    private readonly ConcurrentBag<IDomainEvent> _events = [];
    private readonly string _databaseName = $"ent_absences_{Guid.NewGuid():N}";
    private WebApplication? _app;
    private string? _connectionString;
    private long _statements;
    private IDisposable? _subscription;

    public abstract string Provider { get; }

    public bool IsAvailable => Provider == "Sqlite" || Environment.GetEnvironmentVariable("ENT_TEST_POSTGRES") is { Length: > 0 };

    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 1, 12, 10, 30, 0, TimeSpan.FromHours(1)));

    public IReadOnlyCollection<IDomainEvent> DomainEvents => _events;

    /// <summary>The domain events of a type of the plugin, by name (the host's copy of the plugin's types is not this assembly's).</summary>
    public IReadOnlyList<dynamic> DomainEventsNamed(string typeName) => [.. _events.Where(e => e.GetType().Name == typeName).Cast<dynamic>()];

    public TestDirectory Directory { get; } = new(Tenant);

    public IServiceProvider Services => _app!.Services;

    public long Statements => Interlocked.Read(ref _statements);

    public async Task InitializeAsync()
    {
        if (!IsAvailable)
        {
            return;
        }

        _connectionString = Provider == "Sqlite"
            ? $"Data Source={Path.Combine(Path.GetTempPath(), _databaseName + ".db")};Pooling=False"
            : await CreatePostgresDatabaseAsync();
        _subscription = DiagnosticListener.AllListeners.Subscribe(new StatementCounter(this));
        var pluginsPath = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../artifacts/plugins"));
        string[] args =
        [
            $"--Ent:Database:Provider={Provider}",
            $"--Ent:Database:ConnectionString={_connectionString}",
            $"--Ent:Plugins:Path={pluginsPath}",
            "--Ent:Demo:Seed=false",
            $"--Ent:Tenancy:DefaultTenant={Tenant}",
            $"--Ent:Tenancy:Tenants:{Tenant}:Name=Test",
            "--Serilog:MinimumLevel:Default=Warning",
        ];
        _app = BuildHost(args, builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Services.AddSingleton<TimeProvider>(Clock);
            builder.Services.AddSingleton<IDomainEventListener<IDomainEvent>>(new EventRecorder(_events));
            builder.Services.AddAuthentication(TestAuthentication.SchemeName).AddScheme<AuthenticationSchemeOptions, TestAuthentication>(TestAuthentication.SchemeName, _ => { });
        });
        await _app.StartAsync();
        // The host loads the plugin in a load context of its own, so its services are not this assembly's
        // types: the test writes the directory through a context of its own on the same database.
        var options = new DbContextOptionsBuilder<AbsencesDbContext>();
        if (Provider == "Sqlite")
        {
            options.UseSqlite(_connectionString);
        }
        else
        {
            options.UseNpgsql(_connectionString);
        }

        await using var db = new AbsencesDbContext(options.Options);
        await Directory.SeedAsync(db);
    }

    public async Task DisposeAsync()
    {
        _subscription?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (Provider == "Sqlite")
        {
            File.Delete(Path.Combine(Path.GetTempPath(), _databaseName + ".db"));
        }
        else if (_connectionString is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(Environment.GetEnvironmentVariable("ENT_TEST_POSTGRES"));
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_databaseName} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Runs a GraphQL operation as a person, with the given scopes.</summary>
    public async Task<JsonNode> ExecuteAsync(Guid? person, string query, object? variables = null, string scopes = "absences:read absences:write")
    {
        using var client = _app!.GetTestClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Add("Ent-Tenant", Tenant);
        if (person is { } id)
        {
            request.Headers.Add(TestAuthentication.PersonHeader, id.ToString());
            request.Headers.Add(TestAuthentication.ScopesHeader, scopes);
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(body) ?? throw new InvalidOperationException(body);
    }

    /// <summary>Counts the SQL statements sent to this host's database while <paramref name="action"/> runs.</summary>
    public async Task<long> CountStatementsAsync(Func<Task> action)
    {
        var before = Statements;
        await action();
        return Statements - before;
    }

    private static WebApplication BuildHost(string[] args, Action<WebApplicationBuilder> configure)
    {
        // The host's builder is internal; Ent.Testing will expose it to tests.
        var type = Assembly.Load("Ent.Host").GetType("Ent.Host.Hosting.EntApplication", throwOnError: true)!;
        var build = type.GetMethod("Build", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!;
        return (WebApplication)build.Invoke(null, [args, configure])!;
    }

    private async Task<string> CreatePostgresDatabaseAsync()
    {
        var admin = Environment.GetEnvironmentVariable("ENT_TEST_POSTGRES")!;
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {_databaseName}", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(admin) { Database = _databaseName }.ConnectionString;
    }

    private bool IsOurs(DbCommand command) =>
        command.Connection is { } connection && (connection.DataSource.Contains(_databaseName, StringComparison.Ordinal) || connection.Database == _databaseName);

    private sealed class StatementCounter(AbsencesHost host) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                value.Subscribe(this);
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data && host.IsOurs(data.Command))
            {
                Interlocked.Increment(ref host._statements);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }

    private sealed class EventRecorder(ConcurrentBag<IDomainEvent> events) : IDomainEventListener<IDomainEvent>
    {
        public Task HandleAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
        {
            events.Add(domainEvent);
            return Task.CompletedTask;
        }
    }
}

public sealed class SqliteHost : AbsencesHost
{
    public override string Provider => "Sqlite";
}

public sealed class PostgreSqlHost : AbsencesHost
{
    public override string Provider => "PostgreSql";
}

/// <summary>Signs requests in as the person named in a header, with the scopes of another.</summary>
internal sealed class TestAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string PersonHeader = "X-Test-Person";
    public const string ScopesHeader = "X-Test-Scopes";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(PersonHeader, out var person))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var identity = new ClaimsIdentity(
            [new Claim("sub", person.ToString()), new Claim("ent_tenant", AbsencesHost.Tenant), new Claim("scope", Request.Headers[ScopesHeader].ToString())],
            SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}

/// <summary>A clock tests set.</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}

internal static class JsonAssertions
{
    public static string Text(this JsonNode? node) => node?.ToJsonString(new JsonSerializerOptions { WriteIndented = false }) ?? "null";
}
