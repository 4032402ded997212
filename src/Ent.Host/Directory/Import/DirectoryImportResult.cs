namespace Ent.Host.Directory.Import;

/// <summary>The outcome of an import: what it changed, or why it was rejected with nothing written.</summary>
internal sealed class DirectoryImportResult
{
    private DirectoryImportResult(string? uai, DirectoryImportCounts? counts, ImportErrorList errors, TimeSpan elapsed)
    {
        Uai = uai;
        Counts = counts;
        Errors = errors.Listed;
        ErrorCount = errors.Count;
        Elapsed = elapsed;
    }

    /// <summary>Gets a value indicating whether the files were valid and written.</summary>
    public bool Succeeded => Counts is not null;

    /// <summary>Gets the school imported, when the school's file could be read.</summary>
    public string? Uai { get; }

    /// <summary>Gets what was written, or <see langword="null"/> when the import was rejected.</summary>
    public DirectoryImportCounts? Counts { get; }

    /// <summary>Gets the first errors found, at most <see cref="ImportErrorList.Capacity"/>.</summary>
    public IReadOnlyList<ImportError> Errors { get; }

    /// <summary>Gets the number of errors found, including those not listed.</summary>
    public int ErrorCount { get; }

    /// <summary>Gets how long validating and writing took.</summary>
    public TimeSpan Elapsed { get; }

    public static DirectoryImportResult Written(string uai, DirectoryImportCounts counts, TimeSpan elapsed) =>
        new(uai, counts, new ImportErrorList(), elapsed);

    public static DirectoryImportResult Rejected(ImportErrorList errors, TimeSpan elapsed) =>
        new(null, null, errors, elapsed);
}
