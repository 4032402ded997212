using System.Text;

namespace Ent.Host.Tests.Infrastructure;

/// <summary>A temporary folder of import files, starting as a copy of the documented sample set, that a test edits.</summary>
internal sealed class ImportFolder : IDisposable
{
    public static readonly string SamplePath = System.IO.Path.Combine(AppContext.BaseDirectory, "samples", "directory-import");

    private ImportFolder(string path) => Path = path;

    public string Path { get; }

    public static ImportFolder Empty() => new(System.IO.Directory.CreateTempSubdirectory("ent-import-files-").FullName);

    public static ImportFolder FromSample()
    {
        var folder = Empty();
        foreach (var file in System.IO.Directory.EnumerateFiles(SamplePath, "*.csv"))
        {
            File.Copy(file, System.IO.Path.Combine(folder.Path, System.IO.Path.GetFileName(file)));
        }

        return folder;
    }

    public string Read(string file) => File.ReadAllText(System.IO.Path.Combine(Path, file), Encoding.UTF8);

    public void Write(string file, string text) => File.WriteAllText(System.IO.Path.Combine(Path, file), text, new UTF8Encoding(false));

    public void Replace(string file, string oldText, string newText)
    {
        var text = Read(file);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        Write(file, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    /// <summary>Removes the lines that start with a prefix, such as a person's external id.</summary>
    public void RemoveLines(string file, string prefix)
    {
        var lines = Read(file).Split('\n');
        Assert.Contains(lines, line => line.StartsWith(prefix, StringComparison.Ordinal));
        Write(file, string.Join('\n', lines.Where(line => !line.StartsWith(prefix, StringComparison.Ordinal))));
    }

    public void Delete(string file) => File.Delete(System.IO.Path.Combine(Path, file));

    public void Dispose() => System.IO.Directory.Delete(Path, recursive: true);
}
