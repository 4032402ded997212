using System.Net.Http.Json;
using System.Text.Json;
using Ent.Data;
using Ent.Host.Directory.Data;
using Ent.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Host.Tests.Infrastructure;

/// <summary>
/// The real host on Kestrel at 127.0.0.1 for sign-on tests: a fixed issuer over plain HTTP, the demo tenant seeded
/// (its logins use the password <see cref="DemoPassword"/>) on either engine, and one extra route,
/// <c>/test/claims</c>, that echoes <c>HttpContext.User</c> as the host's pipeline left it.
/// </summary>
internal sealed class SignOnHost : IAsyncDisposable
{
    public const string Issuer = "http://ent.test/";
    public const string DemoPassword = "demo";
    public const string DemoClient = "ent-demo";
    public const string Tenant = "loir-et-cher";
    public const string ClaimsPath = "/test/claims";

    private readonly bool _ownsHost;

    public SignOnHost(EntTestHost host, bool ownsHost = false)
    {
        Host = host;
        _ownsHost = ownsHost;
        Client = host.CreateClient();
    }

    public EntTestHost Host { get; }

    public HttpClient Client { get; }

    public Uri BaseAddress => Host.BaseAddress!;

    public IServiceProvider Services => Host.Services;

    /// <summary>Sets what every sign-on host has, then the test's own settings.</summary>
    public static void Configure(
        EntTestHostOptions options,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseKestrel = true;
        options.Settings["Ent:Authentication:Issuer"] = Issuer;
        options.Settings["Ent:Authentication:RequireHttps"] = "false";
        options.Settings["Ent:Demo:Seed"] = "true";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            options.Settings[key] = value;
        }

        options.ConfigureBuilder = builder =>
        {
            builder.Services.AddSingleton<IStartupFilter, ClaimsEcho.StartupFilter>();
            configure?.Invoke(builder);
        };
    }

    public static async Task<SignOnHost> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configure = null,
        DatabaseProvider database = DatabaseProvider.Sqlite)
    {
        var options = new EntTestHostOptions { Database = database };
        Configure(options, settings, configure);
        return new SignOnHost(await EntTestHost.StartAsync(options), ownsHost: true);
    }

    /// <summary>The command-line arguments that point a command at this host's data, database and issuer.</summary>
    public IEnumerable<string> ConfigurationArgs() =>
    [
        $"--contentRoot={AppContext.BaseDirectory}",
        $"--Ent:Data:Directory={Host.DataDirectory}",
        $"--Ent:Database:Provider={Host.Database}",
        $"--Ent:Database:ConnectionString={Host.ConnectionString}",
        $"--Ent:Authentication:Issuer={Issuer}",
        "--Ent:Demo:Seed=true",
    ];

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
        if (_ownsHost)
        {
            await Host.DisposeAsync();
        }
    }
}

/// <summary><c>HttpContext.User</c> as <c>/test/claims</c> echoes it.</summary>
internal sealed record ClaimsEcho(bool IsAuthenticated, IReadOnlyList<ClaimEcho> Claims)
{
    public IEnumerable<string> ValuesOf(string type) => Claims.Where(claim => claim.Type == type).Select(claim => claim.Value);

    /// <summary>Answers <c>/test/claims</c> after the host's own pipeline, authentication included, has run.</summary>
    internal sealed class StartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map(SignOnHost.ClaimsPath, echo => echo.Run(context => context.Response.WriteAsJsonAsync(new ClaimsEcho(
                context.User.Identity?.IsAuthenticated == true,
                [.. context.User.Claims.Select(claim => new ClaimEcho(claim.Type, claim.Value))]))));
        };
    }
}

internal sealed record ClaimEcho(string Type, string Value);
