using Ent.Data;
using Ent.Testing;
using Xunit;

namespace Ent.Plugins.Resources.Tests.Infrastructure;

/// <summary>
/// One host per test class, with small limits so that quotas are reached with small files: 32 KiB per file
/// (48 KiB for the host's multipart limit), 64 KiB per person, 40,000 bytes for the Ronsard collège, where
/// relatives do not read their children's class resources.
/// </summary>
public abstract class ResourcesHostFixture : IAsyncLifetime
{
    public const long MaxFileBytes = 32 * 1024;
    public const long HostMaxUploadBytes = 48 * 1024;
    public const long PersonQuotaBytes = 64 * 1024;
    public const long RonsardQuotaBytes = 40_000;

    private ResourcesHost? _host;

    protected abstract DatabaseProvider Provider { get; }

    private string? _skipReason;

    public ResourcesHost Host => _host ?? throw new SkipException(_skipReason ?? "The host was not started.");

    public async Task InitializeAsync()
    {
        if (Provider == DatabaseProvider.PostgreSql)
        {
            try
            {
                TestEnvironment.RequirePostgreSql();
            }
            catch (SkipException exception)
            {
                _skipReason = exception.Message;
                return;
            }
        }

        _host = await ResourcesHost.StartAsync(Provider, new Dictionary<string, string?>
        {
            ["Ent:Files:MaxUploadBytes"] = HostMaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Ent:Files:MaxUploadFiles"] = "3",
            ["Ent:Plugins:Settings:resources:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Ent:Plugins:Settings:resources:PersonQuotaBytes"] = PersonQuotaBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [$"Ent:Plugins:Settings:resources:Schools:{DemoIds.Ronsard}:QuotaBytes"] = RonsardQuotaBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [$"Ent:Plugins:Settings:resources:Schools:{DemoIds.Ronsard}:RelativesMayRead"] = "false",
        });
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}

public sealed class SqliteResourcesHost : ResourcesHostFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgreSqlResourcesHost : ResourcesHostFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
