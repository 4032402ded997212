namespace Ent.Plugins.Resources.Domain;

/// <summary>One upload of a file resource. Uploading a new version keeps the previous ones.</summary>
internal sealed class ResourceVersion
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public Guid ResourceId { get; set; }

    /// <summary>Gets or sets the version's rank, from 1.</summary>
    public int Number { get; set; }

    /// <summary>Gets or sets the key the file storage gave the content; never derived from the file name.</summary>
    public required string StorageKey { get; set; }

    /// <summary>Gets or sets the name the file was uploaded with, given back on download.</summary>
    public required string FileName { get; set; }

    /// <summary>Gets or sets the media type served on download, found from the file name.</summary>
    public required string ContentType { get; set; }

    public long Size { get; set; }

    /// <summary>Gets or sets the SHA-256 digest of the content, in hexadecimal.</summary>
    public required string Sha256 { get; set; }

    public Guid UploadedById { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public string? Comment { get; set; }
}
