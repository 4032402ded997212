using Ent.Data;
using Ent.Host.Hosting;
using Ent.Host.Identity.Accounts;
using Ent.Host.Identity.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;

namespace Ent.Testing;

/// <summary>
/// The real host, started as <c>Ent.Host</c> starts it, with a fresh data directory and database that are
/// removed when it is disposed.
/// </summary>
public sealed class EntTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TestDatabase _database;
    private readonly DirectoryInfo _dataDirectory;

    private EntTestHost(WebApplication app, TestDatabase database, DirectoryInfo dataDirectory, Uri? baseAddress)
    {
        _app = app;
        _database = database;
        _dataDirectory = dataDirectory;
        BaseAddress = baseAddress;
    }

    /// <summary>Gets the host's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Gets the database engine the host runs on.</summary>
    public DatabaseProvider Database => _database.Provider;

    /// <summary>Gets the connection string of the host's database.</summary>
    public string ConnectionString => _database.ConnectionString;

    /// <summary>Gets the host's data directory.</summary>
    public string DataDirectory => _dataDirectory.FullName;

    /// <summary>Gets the address Kestrel listens on, or <see langword="null"/> on the in-memory test server.</summary>
    public Uri? BaseAddress { get; }

    /// <summary>Builds and starts a host; a failure to start (a schema clash, say) is thrown after cleaning up.</summary>
    /// <param name="options">How to start it.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>The started host.</returns>
    /// <exception cref="Xunit.SkipException">On PostgreSQL, outside CI, when no server is configured.</exception>
    public static async Task<EntTestHost> StartAsync(EntTestHostOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var dataDirectory = System.IO.Directory.CreateTempSubdirectory("ent-test-");
        TestDatabase? database = null;
        WebApplication? app = null;
        try
        {
            database = await TestDatabase.CreateAsync(options.Database, dataDirectory.FullName, cancellationToken);
            app = Build(options, database, dataDirectory.FullName);
            await app.StartAsync(cancellationToken);
            var baseAddress = options.UseKestrel ? new Uri(app.Urls.First()) : null;
            return new EntTestHost(app, database, dataDirectory, baseAddress);
        }
        catch
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }

            if (database is not null)
            {
                await database.DisposeAsync();
            }

            dataDirectory.Delete(recursive: true);
            throw;
        }
    }

    /// <summary>
    /// Issues an access token for a person, as the embedded provider's token command does: signed with the
    /// host's key, for its issuer and audience.
    /// </summary>
    /// <param name="personId">The person, such as <see cref="DemoPeople.Id"/> of a demo login.</param>
    /// <param name="scopes">The granted scopes.</param>
    /// <param name="tenantId">The person's tenant.</param>
    /// <returns>The token, for an <c>Authorization: Bearer</c> header.</returns>
    public string IssueAccessToken(Guid personId, IEnumerable<string> scopes, string tenantId = DemoPeople.Tenant) =>
        Services.GetRequiredService<AccessTokenFactory>().Create(new AccountHolder(personId, tenantId, personId.ToString(), null), scopes, TimeSpan.FromMinutes(10));

    /// <summary>Creates a client for the host, over the in-memory test server or real HTTP.</summary>
    /// <returns>The client, with the host as its base address.</returns>
    public HttpClient CreateClient() =>
        BaseAddress is null ? _app.GetTestServer().CreateClient() : new HttpClient { BaseAddress = BaseAddress };

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _app.StopAsync();
        }
        finally
        {
            await _app.DisposeAsync();
            await _database.DisposeAsync();
            _dataDirectory.Delete(recursive: true);
        }
    }

    private static WebApplication Build(EntTestHostOptions options, TestDatabase database, string dataDirectory)
    {
        // The content root holds the host's appsettings.json, copied beside the tests.
        string[] args = [$"--contentRoot={AppContext.BaseDirectory}", $"--environment={options.Environment}"];
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Ent:Data:Directory"] = dataDirectory,
            ["Ent:Database:Provider"] = database.Provider.ToString(),
            ["Ent:Database:ConnectionString"] = database.ConnectionString,
            // Quiet: tests provoke errors on purpose. Settings can raise the level to diagnose a failure.
            ["Serilog:MinimumLevel:Default"] = "Fatal",
            ["Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime"] = "Fatal",
        };
        if (options.PluginsPath is { } pluginsPath)
        {
            settings["Ent:Plugins:Path"] = pluginsPath;
        }

        foreach (var (key, value) in options.Settings)
        {
            settings[key] = value;
        }

        return EntApplication.Build(args, builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            if (options.UseKestrel)
            {
                builder.WebHost.UseUrls("http://127.0.0.1:0");
            }
            else
            {
                builder.WebHost.UseTestServer();
            }

            options.ConfigureBuilder?.Invoke(builder);
        });
    }
}
