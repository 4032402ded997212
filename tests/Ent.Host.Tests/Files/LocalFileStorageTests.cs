using System.Security.Cryptography;
using Ent.Files;
using Ent.Host.Data;
using Ent.Host.Files;
using Ent.Host.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Ent.Host.Tests.Files;

public sealed class LocalFileStorageTests : IDisposable
{
    private readonly TemporaryDirectory _data = new();
    private readonly LocalFileStorage _storage;

    public LocalFileStorageTests()
    {
        _storage = new LocalFileStorage(Options.Create(new FilesOptions()), Options.Create(new DataOptions { Directory = _data.Path }));
    }

    [Fact]
    public async Task A_written_file_reads_back_whole_or_by_range_under_a_generated_key()
    {
        var content = RandomNumberGenerator.GetBytes(200_000);
        var stored = await _storage.WriteAsync(new MemoryStream(content), content.Length, CancellationToken.None);

        Assert.Matches("^[0-9a-f]{32}$", stored.Key);
        Assert.Equal(content.Length, stored.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), stored.Sha256);
        Assert.True(File.Exists(Path.Combine(_data.Path, "files", stored.Key[..2], stored.Key)));

        await using (var whole = (await _storage.OpenReadAsync(stored.Key, CancellationToken.None))!)
        {
            Assert.True(whole.CanSeek);
            Assert.Equal(content, await ReadAllAsync(whole));
        }

        await using (var range = (await _storage.OpenReadAsync(stored.Key, 150_000, 10_000, CancellationToken.None))!)
        {
            Assert.Equal(content[150_000..160_000], await ReadAllAsync(range));
        }

        await using (var tail = (await _storage.OpenReadAsync(stored.Key, 199_990, 1_000, CancellationToken.None))!)
        {
            Assert.Equal(content[199_990..], await ReadAllAsync(tail));
        }
    }

    [Fact]
    public async Task Content_past_the_limit_is_refused_and_nothing_is_kept()
    {
        var error = await Assert.ThrowsAsync<FileTooLargeException>(() =>
            _storage.WriteAsync(new MemoryStream(new byte[100_001]), 100_000, CancellationToken.None));

        Assert.Equal(100_000, error.MaxLength);
        Assert.Empty(System.IO.Directory.GetFiles(Path.Combine(_data.Path, "files"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_cancelled_write_keeps_nothing()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _storage.WriteAsync(new MemoryStream(new byte[10]), 100, cancellation.Token));

        Assert.Empty(System.IO.Directory.GetFiles(Path.Combine(_data.Path, "files"), "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("ABCDEF0123456789ABCDEF0123456789")]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("")]
    public async Task Keys_it_did_not_generate_name_no_file(string key)
    {
        Assert.Null(await _storage.OpenReadAsync(key, CancellationToken.None));
        Assert.Null(await _storage.OpenReadAsync(key, 0, 10, CancellationToken.None));
        Assert.False(await _storage.DeleteAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task A_deleted_file_is_gone()
    {
        var stored = await _storage.WriteAsync(new MemoryStream([1, 2, 3]), 3, CancellationToken.None);

        Assert.True(await _storage.DeleteAsync(stored.Key, CancellationToken.None));
        Assert.Null(await _storage.OpenReadAsync(stored.Key, CancellationToken.None));
        Assert.False(await _storage.DeleteAsync(stored.Key, CancellationToken.None));
    }

    public void Dispose() => _data.Dispose();

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
