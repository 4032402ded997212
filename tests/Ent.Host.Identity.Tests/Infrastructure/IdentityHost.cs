using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Ent.Directory;
using Ent.Host.Directory.Data;
using Ent.Host.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Host.Identity.Tests.Infrastructure;

/// <summary>
/// The real host on Kestrel at a loopback port, with its own data directory and SQLite database (seeded with the
/// demo tenant, whose logins use the password <see cref="DemoPassword"/>), and one extra endpoint,
/// <c>/test/claims</c>, that echoes <c>HttpContext.User</c>.
/// </summary>
internal sealed class IdentityHost : IAsyncDisposable
{
    public const string Issuer = "http://ent.test/";
    public const string DemoPassword = "demo";
    public const string DemoClient = "ent-demo";
    public const string Tenant = "loir-et-cher";
    public const string ClaimsPath = "/test/claims";

    private readonly WebApplication _app;
    private readonly bool _ownsDataDirectory;

    private IdentityHost(WebApplication app, string dataDirectory, bool ownsDataDirectory)
    {
        _app = app;
        _ownsDataDirectory = ownsDataDirectory;
        DataDirectory = dataDirectory;
        BaseAddress = new Uri(app.Urls.First());
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public string DataDirectory { get; }

    /// <summary>The settings every test host has: the data directory, a fixed issuer over plain HTTP, quiet logs.</summary>
    public static Dictionary<string, string?> BaseSettings(string dataDirectory) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["Ent:Data:Directory"] = dataDirectory,
        ["Ent:Authentication:Issuer"] = Issuer,
        ["Ent:Authentication:RequireHttps"] = "false",
        ["Serilog:MinimumLevel:Default"] = "Warning",
    };

    public static async Task<IdentityHost> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configure = null,
        string? dataDirectory = null)
    {
        var ownsDataDirectory = dataDirectory is null;
        dataDirectory ??= System.IO.Directory.CreateTempSubdirectory("ent-identity-").FullName;
        var all = BaseSettings(dataDirectory);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var app = EntApplication.Build([$"--contentRoot={AppContext.BaseDirectory}"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(all);
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            configure?.Invoke(builder);
        });
        app.MapGet(ClaimsPath, (HttpContext context) => new ClaimsEcho(
            context.User.Identity?.IsAuthenticated == true,
            [.. context.User.Claims.Select(claim => new ClaimEcho(claim.Type, claim.Value))]));
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new IdentityHost(app, dataDirectory, ownsDataDirectory);
    }

    public async Task<Guid> PersonIdAsync(string externalId)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<DirectoryDbContext>>().CreateDbContextAsync();
        return await db.People.Where(person => person.ExternalId == externalId).Select(person => person.Id).SingleAsync();
    }

    /// <summary>Asks for <c>HttpContext.User</c> as the host sees it with this bearer token.</summary>
    public async Task<ClaimsEcho> ClaimsAsync(string? accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ClaimsPath);
        if (accessToken is not null)
        {
            request.Headers.Authorization = new("Bearer", accessToken);
        }

        using var response = await Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ClaimsEcho>())!;
    }

    /// <summary>Posts a GraphQL query with this bearer token.</summary>
    public async Task<(HttpResponseMessage Response, JsonElement Body)> GraphQLAsync(string query, string? accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        if (accessToken is not null)
        {
            request.Headers.Authorization = new("Bearer", accessToken);
        }

        var response = await Client.SendAsync(request);
        return (response, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>Asks the token endpoint for tokens with the password grant of the demo client.</summary>
    public async Task<(HttpResponseMessage Response, JsonElement Body)> PasswordGrantAsync(string login, string password, string? scope = null)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = DemoClient,
            ["username"] = login,
            ["password"] = password,
        };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        var response = await Client.PostAsync("/connect/token", new FormUrlEncodedContent(form));
        return (response, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        try
        {
            await _app.StopAsync();
        }
        finally
        {
            await _app.DisposeAsync();
            if (_ownsDataDirectory)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                System.IO.Directory.Delete(DataDirectory, recursive: true);
            }
        }
    }
}

internal sealed record ClaimsEcho(bool IsAuthenticated, IReadOnlyList<ClaimEcho> Claims)
{
    public IEnumerable<string> ValuesOf(string type) => Claims.Where(claim => claim.Type == type).Select(claim => claim.Value);
}

internal sealed record ClaimEcho(string Type, string Value);
