using System.Buffers;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Ent.Files;
using Ent.Host.Data;
using Microsoft.Extensions.Options;

namespace Ent.Host.Files;

/// <summary>
/// Keeps files on the local file system, under <see cref="FilesOptions.Path"/>: a file is written to an
/// <c>.incoming</c> folder and moved to <c>{first two characters of its key}/{key}</c> once complete, so that a
/// key never names a half-written file. Keys are 32 random hexadecimal characters.
/// </summary>
internal sealed partial class LocalFileStorage : IFileStorage
{
    private const int BufferSize = 81920;
    private readonly string _root;
    private readonly string _incoming;

    public LocalFileStorage(IOptions<FilesOptions> files, IOptions<DataOptions> data)
    {
        _root = files.Value.ResolvePath(data.Value);
        _incoming = Path.Combine(_root, ".incoming");
    }

    public async Task<StoredFile> WriteAsync(Stream content, long maxLength, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        System.IO.Directory.CreateDirectory(_incoming);
        var key = RandomNumberGenerator.GetHexString(32, lowercase: true);
        var partial = Path.Combine(_incoming, key);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long length = 0;
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                int read;
                while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
                {
                    length += read;
                    if (length > maxLength)
                    {
                        throw new FileTooLargeException(maxLength);
                    }

                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                await file.FlushAsync(cancellationToken);
            }

            var target = PathOf(key)!;
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(partial, target);
            return new StoredFile(key, length, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult<Stream?>(Open(key));

    public Task<Stream?> OpenReadAsync(string key, long offset, long length, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (Open(key) is not { } file)
        {
            return Task.FromResult<Stream?>(null);
        }

        file.Seek(Math.Min(offset, file.Length), SeekOrigin.Begin);
        return Task.FromResult<Stream?>(new ByteRangeStream(file, Math.Min(length, file.Length - file.Position)));
    }

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        if (PathOf(key) is not { } path || !File.Exists(path))
        {
            return Task.FromResult(false);
        }

        File.Delete(path);
        return Task.FromResult(true);
    }

    private FileStream? Open(string key)
    {
        if (PathOf(key) is not { } path)
        {
            return null;
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize, FileOptions.Asynchronous);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    // Only keys this storage generates map to a path, so that no key can reach outside the root.
    private string? PathOf(string key) =>
        key is not null && KeyPattern().IsMatch(key) ? Path.Combine(_root, key[..2], key) : null;

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex KeyPattern();
}
