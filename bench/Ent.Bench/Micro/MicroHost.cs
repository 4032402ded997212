using Ent.Host.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Ent.Bench.Micro;

/// <summary>
/// The host's services, built as <c>Ent.Host</c> builds them with the built-in plugins, but not started: what
/// in-process benchmarks need (the schema factory, the document cache) without a server or data.
/// </summary>
internal sealed class MicroHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly DirectoryInfo _dataDirectory;

    private MicroHost(WebApplication app, DirectoryInfo dataDirectory)
    {
        _app = app;
        _dataDirectory = dataDirectory;
    }

    public IServiceProvider Services => _app.Services;

    public static MicroHost Create()
    {
        var dataDirectory = System.IO.Directory.CreateTempSubdirectory("ent-bench-micro-");
        string[] args = [$"--contentRoot={AppContext.BaseDirectory}", "--environment=Production"];
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Ent:Data:Directory"] = dataDirectory.FullName,
            ["Ent:Database:Provider"] = "Sqlite",
            ["Ent:Database:ConnectionString"] = $"Data Source={Path.Combine(dataDirectory.FullName, "ent.db")}",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        var app = EntApplication.Build(args, builder => builder.Configuration.AddInMemoryCollection(settings));
        return new MicroHost(app, dataDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _dataDirectory.Delete(recursive: true);
    }
}
