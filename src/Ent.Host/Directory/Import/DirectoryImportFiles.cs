using System.Text;

namespace Ent.Host.Directory.Import;

/// <summary>
/// The CSV files of one import, by name: the files of a folder, or texts received by the admin mutation.
/// Names are matched ignoring case, as file systems of the tools that export them do.
/// </summary>
internal sealed class DirectoryImportFiles
{
    private readonly Dictionary<string, Func<Stream>> _openers;

    private DirectoryImportFiles(Dictionary<string, Func<Stream>> openers) => _openers = openers;

    /// <summary>Gets the names of the files present.</summary>
    public IEnumerable<string> Names => _openers.Keys;

    /// <summary>Takes the <c>.csv</c> files of a folder.</summary>
    /// <param name="folder">The folder.</param>
    /// <returns>The files.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static DirectoryImportFiles FromFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        if (!System.IO.Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The folder {folder} does not exist.");
        }

        return FromPaths(System.IO.Directory.EnumerateFiles(folder, "*.csv").ToDictionary(path => Path.GetFileName(path), path => path, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Takes files by name from anywhere on disk.</summary>
    /// <param name="paths">The path of each file, by the name the import knows it by (<c>people.csv</c>).</param>
    /// <returns>The files.</returns>
    public static DirectoryImportFiles FromPaths(IReadOnlyDictionary<string, string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var openers = new Dictionary<string, Func<Stream>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, path) in paths)
        {
            openers[name] = () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }

        return new DirectoryImportFiles(openers);
    }

    /// <summary>Takes files given as texts, such as the contents the admin mutation receives.</summary>
    /// <param name="texts">The text of each file, by name; <see langword="null"/> texts are left out.</param>
    /// <returns>The files.</returns>
    public static DirectoryImportFiles FromTexts(IEnumerable<KeyValuePair<string, string?>> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var openers = new Dictionary<string, Func<Stream>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, text) in texts)
        {
            if (text is not null)
            {
                openers[name] = () => new MemoryStream(Encoding.UTF8.GetBytes(text), writable: false);
            }
        }

        return new DirectoryImportFiles(openers);
    }

    public bool Contains(string name) => _openers.ContainsKey(name);

    /// <summary>Opens a file for reading; the caller disposes the stream.</summary>
    /// <param name="name">The file's name.</param>
    /// <returns>The stream.</returns>
    public Stream Open(string name) => _openers[name]();
}
