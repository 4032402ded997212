using Ent.Data;
using Xunit;

namespace Ent.Testing;

/// <summary>
/// One host shared by the tests of a class (<c>IClassFixture</c>), on the engine <typeparamref name="TEngine"/>.
/// Derive to configure it. On PostgreSQL without a server, <see cref="Host"/> skips each test that uses it
/// (mark them <c>[SkippableFact]</c>), and in CI start-up fails instead.
/// </summary>
/// <typeparam name="TEngine">The database engine.</typeparam>
public class EntHostFixture<TEngine> : IAsyncLifetime
    where TEngine : IDatabaseEngine
{
    private EntTestHost? _host;
    private string? _skipReason;

    /// <summary>Gets the started host.</summary>
    /// <exception cref="SkipException">When the engine is not available here.</exception>
    public EntTestHost Host => _host ?? throw new SkipException(_skipReason ?? "The host was not started.");

    /// <inheritdoc />
    public virtual async Task InitializeAsync()
    {
        try
        {
            if (TEngine.Provider == DatabaseProvider.PostgreSql)
            {
                // Before Configure, which may do costly work for nothing.
                TestEnvironment.RequirePostgreSql();
            }

            var options = new EntTestHostOptions { Database = TEngine.Provider };
            Configure(options);
            _host = await EntTestHost.StartAsync(options);
        }
        catch (SkipException exception)
        {
            _skipReason = exception.Message;
        }
    }

    /// <inheritdoc />
    public virtual async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>Adjusts the options before the host starts.</summary>
    /// <param name="options">The options, with <see cref="EntTestHostOptions.Database"/> set to the engine.</param>
    protected virtual void Configure(EntTestHostOptions options)
    {
    }
}
