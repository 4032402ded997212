namespace Ent.Host.Directory.Import;

/// <summary>What an import is doing.</summary>
internal enum ImportStage
{
    /// <summary>Reading and validating a file; nothing is written yet.</summary>
    Validating,

    /// <summary>Writing a kind of row to the directory.</summary>
    Writing,
}

/// <summary>How far an import has gone, reported after each file read and each batch written.</summary>
/// <param name="Stage">Whether files are being validated or rows written.</param>
/// <param name="Subject">The file being read (<c>people.csv</c>) or the rows being written (<c>people</c>).</param>
/// <param name="Done">The rows read or written so far.</param>
/// <param name="Total">The rows to write, or <see langword="null"/> while reading a file.</param>
internal readonly record struct ImportProgress(ImportStage Stage, string Subject, int Done, int? Total)
{
    public override string ToString() => Total is { } total
        ? $"{Stage.ToString().ToLowerInvariant()} {Subject}: {Done}/{total}"
        : $"{Stage.ToString().ToLowerInvariant()} {Subject}: {Done} row(s)";
}
