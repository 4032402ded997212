using System.Net;
using Ent.Testing;

namespace Ent.Host.Tests.Health;

public abstract class HealthEndpointTests<TEngine>(KestrelHost<TEngine> fixture) : IClassFixture<KestrelHost<TEngine>>
    where TEngine : IDatabaseEngine
{
    [SkippableTheory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Answers_healthy_over_real_http(string path)
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal("127.0.0.1", fixture.Host.BaseAddress?.Host);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}

public sealed class HealthEndpointTestsOnSqlite(KestrelHost<Sqlite> fixture) : HealthEndpointTests<Sqlite>(fixture);

public sealed class HealthEndpointTestsOnPostgreSql(KestrelHost<PostgreSql> fixture) : HealthEndpointTests<PostgreSql>(fixture);

/// <summary>A host with the default configuration, listening on Kestrel at 127.0.0.1 on a free port.</summary>
/// <typeparam name="TEngine">The database engine.</typeparam>
public sealed class KestrelHost<TEngine> : EntHostFixture<TEngine>
    where TEngine : IDatabaseEngine
{
    protected override void Configure(EntTestHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseKestrel = true;
    }
}
