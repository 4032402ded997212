using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ent.Data;
using Ent.Events;
using Ent.Plugins.Grades.Data;
using Ent.Testing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Plugins.Grades.Tests.Infrastructure;

/// <summary>
/// The grades side of a test host started by Ent.Testing: clients signed in through test headers, direct
/// access to the database for test data, a counter of SQL statements and the domain events published.
/// </summary>
public sealed class GradesTestHost : IDisposable
{
    public const string Tenant = "test";
    public const string TenantWithoutGrades = "nogrades";

    private readonly EntTestHost _host;

    public GradesTestHost(EntTestHost host)
    {
        _host = host;
        Statements = new SqlStatementCounter(host);
    }

    public SqlStatementCounter Statements { get; }

    public EventRecorder Events => _host.Services.GetRequiredService<EventRecorder>();

    /// <summary>Configures a host for the grades tests: two tenants, a stopped clock, test sign-in, recorded events.</summary>
    public static void Configure(EntTestHostOptions options)
    {
        options.Settings["Ent:Demo:Seed"] = "false";
        options.Settings["Ent:Tenancy:DefaultTenant"] = Tenant;
        options.Settings[$"Ent:Tenancy:Tenants:{Tenant}:Name"] = "Test département";
        options.Settings[$"Ent:Tenancy:Tenants:{TenantWithoutGrades}:Name"] = "Tenant without grades";
        options.Settings[$"Ent:Tenancy:Tenants:{TenantWithoutGrades}:Bouquet:0"] = "absences";
        options.ConfigureBuilder = builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(new FixedTimeProvider(FixedTimeProvider.TestNow));
            builder.Services.AddSingleton<EventRecorder>();
            builder.Services.AddSingleton<IDomainEventListener<IDomainEvent>>(provider => provider.GetRequiredService<EventRecorder>());
            builder.Services.AddAuthentication(TestAuthenticationHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthenticationHandler.SchemeName, null);
            builder.Services.PostConfigure<AuthenticationOptions>(authentication =>
            {
                authentication.DefaultScheme = TestAuthenticationHandler.SchemeName;
                authentication.DefaultAuthenticateScheme = TestAuthenticationHandler.SchemeName;
            });
        };
    }

    /// <summary>A client acting for a person with the given scopes, or anonymous without a person.</summary>
    public GraphQLClient ClientFor(Guid? person, string scopes = "grades:read grades:write", string tenant = Tenant)
    {
        var client = _host.CreateClient();
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

    public void Dispose() => Statements.Dispose();

    // The host loads the plugin in a load context of its own, so its context type is not the tests'.
    internal GradesDbContext CreateStore()
    {
        var options = new DbContextOptionsBuilder<GradesDbContext>();
        if (_host.Database == DatabaseProvider.Sqlite)
        {
            options.UseSqlite(_host.ConnectionString);
        }
        else
        {
            options.UseNpgsql(_host.ConnectionString);
        }

        return new GradesDbContext(options.Options);
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
