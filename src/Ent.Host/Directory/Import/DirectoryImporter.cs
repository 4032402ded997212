using System.Diagnostics;

namespace Ent.Host.Directory.Import;

/// <summary>
/// Imports one school's part of a tenant's directory from CSV files (docs/DIRECTORY-IMPORT.md): every row
/// of every file is validated first, and only files without an error are written. The command line and
/// the admin mutation both go through it.
/// </summary>
internal sealed class DirectoryImporter(DirectoryImportWriter writer, ILogger<DirectoryImporter> logger)
{
    /// <summary>Validates an import's files without writing anything.</summary>
    /// <param name="files">The files.</param>
    /// <param name="progress">Told after each file.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The data to write, or the errors.</returns>
    public async Task<DirectoryImportValidation> ValidateAsync(DirectoryImportFiles files, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var validation = await DirectoryImportValidator.ValidateAsync(files, progress, cancellationToken);
        if (validation.Data is null)
        {
            logger.LogInformation("Directory import files rejected with {ErrorCount} error(s).", validation.Errors.Count);
        }

        return validation;
    }

    /// <summary>Validates an import's files and, when they have no error, writes them.</summary>
    /// <param name="tenantId">The tenant whose directory the school belongs to.</param>
    /// <param name="files">The files.</param>
    /// <param name="progress">Told after each file read and each batch written.</param>
    /// <param name="cancellationToken">Cancels the import; nothing is written then.</param>
    /// <returns>What was written, or the errors.</returns>
    public async Task<DirectoryImportResult> ImportAsync(string tenantId, DirectoryImportFiles files, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var validation = await ValidateAsync(files, progress, cancellationToken);
        if (validation.Data is not { } data)
        {
            return DirectoryImportResult.Rejected(validation.Errors, Stopwatch.GetElapsedTime(started));
        }

        return await WriteAsync(tenantId, data, progress, started, cancellationToken);
    }

    /// <summary>Writes files already validated by <see cref="ValidateAsync"/>.</summary>
    /// <param name="tenantId">The tenant whose directory the school belongs to.</param>
    /// <param name="data">The validated data.</param>
    /// <param name="progress">Told after each batch written.</param>
    /// <param name="cancellationToken">Cancels the import; nothing is written then.</param>
    /// <returns>What was written.</returns>
    public Task<DirectoryImportResult> WriteAsync(string tenantId, DirectoryImportData data, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        WriteAsync(tenantId, data, progress, Stopwatch.GetTimestamp(), cancellationToken);

    private async Task<DirectoryImportResult> WriteAsync(string tenantId, DirectoryImportData data, IProgress<ImportProgress>? progress, long started, CancellationToken cancellationToken)
    {
        var counts = await writer.WriteAsync(tenantId, data, progress, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        logger.LogInformation(
            "Directory import of school {Uai} for tenant {TenantId}: {Changes} change(s) in {Elapsed} ({Counts}).",
            data.School.Uai,
            tenantId,
            counts.Changed,
            elapsed,
            string.Join("; ", counts.All.Where(tally => tally.Changed > 0)));
        return DirectoryImportResult.Written(data.School.Uai, counts, elapsed);
    }
}
