namespace Ent.Host.Tests.Infrastructure;

/// <summary>A directory under the system's temporary directory, deleted with its content on dispose.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    private readonly DirectoryInfo _directory = System.IO.Directory.CreateTempSubdirectory("ent-test-");

    public string Path => _directory.FullName;

    public void Dispose() => _directory.Delete(recursive: true);
}
