using Ent.Host.Data;
using Microsoft.Extensions.Options;

namespace Ent.Host.Files;

/// <summary>
/// Removes, at start-up, uploads left in the spool folder by a process that stopped in the middle of a request;
/// a running request removes its own.
/// </summary>
internal sealed class UploadSpoolSweeper(IOptions<DataOptions> data, TimeProvider time, ILogger<UploadSpoolSweeper> logger) : IHostedService
{
    private static readonly TimeSpan StaleAfter = TimeSpan.FromHours(1);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var spool = new DirectoryInfo(FilesOptions.SpoolDirectory(data.Value));
        if (!spool.Exists)
        {
            return Task.CompletedTask;
        }

        var removed = 0;
        foreach (var file in spool.EnumerateFiles())
        {
            if (time.GetUtcNow() - file.LastWriteTimeUtc > StaleAfter)
            {
                file.Delete();
                removed++;
            }
        }

        if (removed > 0)
        {
            logger.LogInformation("Removed {Count} stale upload(s) from {Spool}.", removed, spool.FullName);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
