using Xunit;

namespace Ent.Plugins.Grades.Tests.Infrastructure;

/// <summary>
/// One host and one <see cref="GradesWorld"/> per test class, on <typeparamref name="TEngine"/>. Without
/// PostgreSQL configured (<c>ENT_TEST_POSTGRES</c>), the PostgreSQL classes skip their tests, except in CI
/// where they fail.
/// </summary>
public class GradesHostFixture<TEngine> : IAsyncLifetime
    where TEngine : IDatabaseEngine
{
    private GradesTestHost? _host;

    public GradesTestHost Host
    {
        get
        {
            Skip.If(_host is null, $"{TEngine.Provider} is not configured: set {GradesTestHost.PostgreSqlVariable} to a PostgreSQL connection string.");
            return _host!;
        }
    }

    public GradesWorld World { get; } = new();

    public virtual async Task InitializeAsync()
    {
        if (!GradesTestHost.IsAvailable(TEngine.Provider))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                throw new InvalidOperationException($"{GradesTestHost.PostgreSqlVariable} must be set in CI.");
            }

            return;
        }

        _host = await GradesTestHost.StartAsync(TEngine.Provider, Settings());
        await World.WriteAsync(_host);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    protected virtual IDictionary<string, string?>? Settings() => null;
}
