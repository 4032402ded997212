using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ent.Data;
using Ent.Events;
using Ent.Plugins.Absences.Data;
using Ent.Testing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Plugins.Absences.Tests.Infrastructure;

/// <summary>
/// The real host (Ent.Testing) on a fresh database of one engine, serving the tenant <see cref="Tenant"/> with
/// the small <see cref="TestDirectory"/> and no demo data. Requests act as a given person through a test
/// authentication scheme; the clock is set by the tests; domain events and SQL statements are recorded.
/// </summary>
/// <typeparam name="TEngine">The database engine.</typeparam>
public class AbsencesHostFixture<TEngine> : EntHostFixture<TEngine>, IDisposable
    where TEngine : IDatabaseEngine
{
    public const string Tenant = "test";
    private readonly ConcurrentBag<IDomainEvent> _events = [];
    private SqlStatementCounter? _statements;

    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 1, 12, 10, 30, 0, TimeSpan.FromHours(1)));

    public IReadOnlyCollection<IDomainEvent> DomainEvents => _events;

    public TestDirectory Directory { get; } = new(Tenant);

    /// <summary>Gets the tenant requests go to and sign in to.</summary>
    public virtual string TenantId => Tenant;

    /// <summary>The domain events of a type of the plugin, by name (the host's copy of the plugin's types is not this assembly's).</summary>
    public IReadOnlyList<dynamic> DomainEventsNamed(string typeName) => [.. _events.Where(e => e.GetType().Name == typeName).Cast<dynamic>()];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        if (!IsStarted)
        {
            return;
        }

        _statements = new SqlStatementCounter(Host);
        await using var db = CreateStore();
        await SeedAsync(db);
    }

    public override async Task DisposeAsync()
    {
        Dispose();
        await base.DisposeAsync();
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs a GraphQL operation as a person, with the given scopes, or anonymously.</summary>
    public async Task<JsonNode> ExecuteAsync(Guid? person, string query, object? variables = null, string scopes = "absences:read absences:write")
    {
        using var client = Host.CreateClient();
        if (person is { } id)
        {
            client.DefaultRequestHeaders.Add(TestAuthentication.PersonHeader, id.ToString());
            client.DefaultRequestHeaders.Add(TestAuthentication.TenantHeader, TenantId);
            client.DefaultRequestHeaders.Add(TestAuthentication.ScopesHeader, scopes);
        }

        return await client.PostGraphQLAsync(query, variables, TenantId);
    }

    /// <summary>Counts the SQL statements sent to this host's database while <paramref name="action"/> runs.</summary>
    public async Task<long> CountStatementsAsync(Func<Task> action)
    {
        var counter = _statements ?? throw new InvalidOperationException("The host was not started.");
        return (await counter.CountAsync(action)).Count;
    }

    /// <summary>
    /// Opens the absences store on the host's database. The host loads the plugin in a load context of its
    /// own, so its services are not this assembly's types: tests read and write through a context of their own.
    /// </summary>
    internal AbsencesDbContext CreateStore() => new(StoreOptions());

    /// <summary>The options of a context of the absences store on the host's database.</summary>
    internal DbContextOptions<AbsencesDbContext> StoreOptions()
    {
        var options = new DbContextOptionsBuilder<AbsencesDbContext>();
        if (Host.Database == DatabaseProvider.Sqlite)
        {
            options.UseSqlite(Host.ConnectionString);
        }
        else
        {
            options.UseNpgsql(Host.ConnectionString);
        }

        return options.Options;
    }

    protected override void Configure(EntTestHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Settings["Ent:Demo:Seed"] = "false";
        options.Settings["Ent:Tenancy:DefaultTenant"] = Tenant;
        options.Settings[$"Ent:Tenancy:Tenants:{Tenant}:Name"] = "Test";
        options.ConfigureBuilder = builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(Clock);
            builder.Services.AddSingleton<IDomainEventListener<IDomainEvent>>(new EventRecorder(_events));
            builder.Services.AddAuthentication(TestAuthentication.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, TestAuthentication>(TestAuthentication.SchemeName, _ => { });
        };
    }

    /// <summary>Writes the directory the tests need; by default the <see cref="TestDirectory"/>.</summary>
    internal virtual Task SeedAsync(AbsencesDbContext db) => Directory.SeedAsync(db);

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _statements?.Dispose();
        }
    }

    private bool IsStarted
    {
        get
        {
            try
            {
                return Host is not null;
            }
            catch (SkipException)
            {
                return false;
            }
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
