using Ent.Files;
using Ent.GraphQL;
using Ent.Plugins.Resources.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ent.Plugins.Resources.Domain;

/// <summary>
/// Turns an upload into a version of a resource: refuses a refused type, an empty or oversized file and a file
/// that would pass the owner's or the school's quota before storing anything; streams the file to storage with
/// the smallest of those limits enforced while reading (the declared size is not trusted); then, in one
/// transaction, reserves the quota and records the version. Whatever fails after the file is stored removes it,
/// so nothing is left half-written and the quotas are unchanged.
/// </summary>
internal sealed class ResourceUploads(IFileStorage storage, QuotaLedger ledger, IOptions<ResourcesOptions> options, TimeProvider time, ILogger<ResourceUploads> logger)
{
    /// <summary>
    /// Adds an upload as the next version of <paramref name="resource"/>, which is either new (added to
    /// <paramref name="db"/>, not saved) or tracked; saves everything tracked in <paramref name="db"/> with it.
    /// </summary>
    public async Task<UploadResult> AddVersionAsync(ResourcesDbContext db, Resource resource, Upload upload, Guid uploaderId, string? comment, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var fileName = upload.FileName.Length > ResourceRules.FileNameMaxLength ? upload.FileName[^ResourceRules.FileNameMaxLength..] : upload.FileName;
        if (FileTypeRules.From(settings).IsRefused(fileName, upload.ContentType, await ReadStartAsync(upload, cancellationToken)))
        {
            return UploadResult.Fail(ResourceErrorCodes.FileTypeRefused, $"Files like '{fileName}' are refused: programs and scripts cannot be shared.");
        }

        if (upload.Length == 0)
        {
            return UploadResult.Fail(ResourceErrorCodes.FileEmpty, "The file is empty.");
        }

        if (upload.Length > settings.MaxFileBytes)
        {
            return TooLarge(settings.MaxFileBytes);
        }

        await ledger.EnsureCountersAsync(resource.TenantId, resource.OwnerId, resource.SchoolId, cancellationToken);
        var quotas = await ledger.ReadAsync(db, resource.TenantId, resource.OwnerId, resource.SchoolId, cancellationToken);
        if (upload.Length > quotas.PersonRemaining)
        {
            return QuotaError(ResourceErrorCodes.QuotaExceeded, quotas);
        }

        if (upload.Length > quotas.SchoolRemaining)
        {
            return QuotaError(ResourceErrorCodes.SchoolQuotaExceeded, quotas);
        }

        var limit = Math.Min(settings.MaxFileBytes, Math.Min(quotas.PersonRemaining, quotas.SchoolRemaining));
        StoredFile stored;
        try
        {
            await using var content = upload.OpenReadStream();
            stored = await storage.WriteAsync(content, limit, cancellationToken);
        }
        catch (FileTooLargeException)
        {
            return limit == settings.MaxFileBytes ? TooLarge(limit)
                : QuotaError(limit == quotas.PersonRemaining ? ResourceErrorCodes.QuotaExceeded : ResourceErrorCodes.SchoolQuotaExceeded, quotas);
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await QuotaLedger.TryReserveAsync(db, resource.OwnerId, resource.SchoolId, stored.Length, quotas, cancellationToken) is { } exceeded)
            {
                await transaction.RollbackAsync(cancellationToken);
                await DeleteQuietlyAsync(stored.Key);
                return QuotaError(exceeded, await ledger.ReadAsync(db, resource.TenantId, resource.OwnerId, resource.SchoolId, cancellationToken));
            }

            var number = db.Entry(resource).State == EntityState.Added
                ? 1
                : await db.Versions.Where(v => v.ResourceId == resource.Id).MaxAsync(v => (int?)v.Number, cancellationToken) + 1 ?? 1;
            var now = time.GetUtcNow();
            var version = new ResourceVersion
            {
                Id = Guid.CreateVersion7(now),
                TenantId = resource.TenantId,
                ResourceId = resource.Id,
                Number = number,
                StorageKey = stored.Key,
                FileName = fileName,
                ContentType = FileTypeRules.ContentTypeOf(fileName),
                Size = stored.Length,
                Sha256 = stored.Sha256,
                UploadedById = uploaderId,
                UploadedAt = now,
                Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            };
            db.Versions.Add(version);
            resource.CurrentVersionId = version.Id;
            resource.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new UploadResult(version, null);
        }
        catch
        {
            await DeleteQuietlyAsync(stored.Key);
            throw;
        }
    }

    private static async Task<byte[]> ReadStartAsync(Upload upload, CancellationToken cancellationToken)
    {
        await using var stream = upload.OpenReadStream();
        var buffer = new byte[FileTypeRules.SniffLength];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0)
        {
            total += read;
        }

        return buffer[..total];
    }

    private async Task DeleteQuietlyAsync(string key)
    {
        try
        {
            await storage.DeleteAsync(key, CancellationToken.None);
        }
        catch (IOException exception)
        {
            logger.LogWarning(exception, "Could not remove the stored file {Key} of a failed upload.", key);
        }
    }

    private static UploadResult TooLarge(long limit) =>
        UploadResult.Fail(ResourceErrorCodes.FileTooLarge, $"The file is larger than the {ByteSize.Format(limit)} a file may have.");

    private static UploadResult QuotaError(string code, QuotaState quotas) => code == ResourceErrorCodes.QuotaExceeded
        ? UploadResult.Fail(code, $"This file would pass the owner's storage quota of {ByteSize.Format(quotas.PersonQuota)} ({ByteSize.Format(quotas.PersonUsed)} used). Empty the trash or delete older files.")
        : UploadResult.Fail(code, $"This file would pass the school's storage quota of {ByteSize.Format(quotas.SchoolQuota)} ({ByteSize.Format(quotas.SchoolUsed)} used).");
}

/// <summary>The version an upload became, or why it was refused.</summary>
internal sealed record UploadResult(ResourceVersion? Version, UserError? Error)
{
    public static UploadResult Fail(string code, string message) => new(null, new UserError(code, message, ["input", "file"]));
}
