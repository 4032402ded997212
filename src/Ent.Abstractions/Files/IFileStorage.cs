namespace Ent.Files;

/// <summary>
/// Stores file contents under opaque keys the storage generates, so that no name a user chose ever decides a
/// path. Registered by the host as a singleton: the local file system under the data directory by default,
/// and later an object store, behind the same contract.
/// </summary>
public interface IFileStorage
{
    /// <summary>
    /// Streams <paramref name="content"/> into a new file, never holding it whole in memory. The file exists
    /// under its key only once completely written: when the content passes <paramref name="maxLength"/>, or the
    /// write fails or is cancelled, what was written is removed.
    /// </summary>
    /// <param name="content">The content, read to its end.</param>
    /// <param name="maxLength">The most bytes the file may have; reading stops as soon as it is passed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The new file's key, length and digest.</returns>
    /// <exception cref="FileTooLargeException">When the content is longer than <paramref name="maxLength"/>.</exception>
    Task<StoredFile> WriteAsync(Stream content, long maxLength, CancellationToken cancellationToken);

    /// <summary>
    /// Opens a file for reading. The stream can seek when the storage serves byte ranges, so that HTTP range
    /// requests are answered without reading what comes before.
    /// </summary>
    /// <param name="key">The key <see cref="WriteAsync"/> returned.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>A stream the caller disposes, or <see langword="null"/> when no file has this key.</returns>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Opens a byte range of a file for reading.</summary>
    /// <param name="key">The key <see cref="WriteAsync"/> returned.</param>
    /// <param name="offset">The first byte, from 0.</param>
    /// <param name="length">The most bytes to read; fewer are read when the file ends first.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>A stream of the range the caller disposes, or <see langword="null"/> when no file has this key.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="offset"/> or <paramref name="length"/> is negative.</exception>
    Task<Stream?> OpenReadAsync(string key, long offset, long length, CancellationToken cancellationToken);

    /// <summary>Removes a file. Removing a missing file is not an error.</summary>
    /// <param name="key">The key <see cref="WriteAsync"/> returned.</param>
    /// <param name="cancellationToken">Cancels the removal.</param>
    /// <returns><see langword="true"/> when a file was removed.</returns>
    Task<bool> DeleteAsync(string key, CancellationToken cancellationToken);
}

/// <summary>A file written by <see cref="IFileStorage.WriteAsync"/>.</summary>
/// <param name="Key">The opaque key to read or remove it by.</param>
/// <param name="Length">Its length in bytes.</param>
/// <param name="Sha256">The SHA-256 digest of its content, in lowercase hexadecimal.</param>
public sealed record StoredFile(string Key, long Length, string Sha256);
