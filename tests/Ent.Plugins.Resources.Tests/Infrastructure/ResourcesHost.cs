using System.Net.Http.Headers;
using Ent.Data;
using Ent.Events;
using Ent.Plugins.Resources.Data;
using Ent.Testing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Plugins.Resources.Tests.Infrastructure;

/// <summary>
/// The real host with the built-in plugins (<see cref="EntTestHost"/>), on Kestrel at 127.0.0.1, seeded with the
/// demo tenant on either engine, with a test sign-in scheme (<see cref="TestAuthentication"/>) and a recorder of
/// the domain events it publishes.
/// </summary>
public sealed class ResourcesHost : IAsyncDisposable
{
    private readonly EntTestHost _host;

    private ResourcesHost(EntTestHost host, EventRecorder events)
    {
        _host = host;
        Events = events;
    }

    public DatabaseProvider Provider => _host.Database;

    public string ConnectionString => _host.ConnectionString;

    public string DataDirectory => _host.DataDirectory;

    public Uri BaseAddress => _host.BaseAddress!;

    public EventRecorder Events { get; }

    public IServiceProvider Services => _host.Services;

    public static async Task<ResourcesHost> StartAsync(DatabaseProvider provider, IDictionary<string, string?> settings)
    {
        var events = new EventRecorder();
        var options = new EntTestHostOptions
        {
            Database = provider,
            UseKestrel = true,
            ConfigureBuilder = builder =>
            {
                builder.Services.AddAuthentication(TestAuthentication.SchemeName)
                    .AddScheme<AuthenticationSchemeOptions, TestAuthentication>(TestAuthentication.SchemeName, null);
                builder.Services.AddSingleton<IDomainEventListener<IDomainEvent>>(events);
            },
        };
        options.Settings["Ent:Demo:Seed"] = "true";
        foreach (var (key, value) in settings)
        {
            options.Settings[key] = value;
        }

        return new ResourcesHost(await EntTestHost.StartAsync(options), events);
    }

    /// <summary>A client signed in as a person, or anonymous.</summary>
    public HttpClient CreateClient(Guid? personId = null, string scopes = "resources:read resources:write")
    {
        var client = _host.CreateClient();
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

    /// <summary>The files under a folder of the data directory: the local storage's by default.</summary>
    public IReadOnlyList<string> StoredFiles(string folder = "files") =>
        System.IO.Directory.Exists(Path.Combine(DataDirectory, folder))
            ? System.IO.Directory.GetFiles(Path.Combine(DataDirectory, folder), "*", SearchOption.AllDirectories)
            : [];

    /// <summary>Records the SQL statements run on this host's database until disposed.</summary>
    public SqlStatementCounter CountStatements() => new(_host);

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}

/// <summary>Keeps the domain events the host published, for assertions.</summary>
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
