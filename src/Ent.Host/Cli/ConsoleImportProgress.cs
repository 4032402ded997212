using System.Diagnostics;
using Ent.Host.Directory.Import;

namespace Ent.Host.Cli;

/// <summary>
/// Prints an import's progress, a line per report while validating and, while writing, a line per second
/// at most for each kind of row and one when it is done. Reports arrive on the importer's thread, in order.
/// </summary>
internal sealed class ConsoleImportProgress(TextWriter output) : IProgress<ImportProgress>
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private string? _subject;
    private long _printedAt;

    public void Report(ImportProgress value)
    {
        var now = Stopwatch.GetTimestamp();
        if (value.Stage == ImportStage.Validating || value.Done == value.Total || value.Subject != _subject || Stopwatch.GetElapsedTime(_printedAt, now) >= Interval)
        {
            output.WriteLine(value.ToString());
            _subject = value.Subject;
            _printedAt = now;
        }
    }
}
