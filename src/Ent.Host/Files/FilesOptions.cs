using Ent.Host.Data;

namespace Ent.Host.Files;

/// <summary>Where files are stored and how large uploads may be, bound from <c>Ent:Files</c>.</summary>
internal sealed class FilesOptions
{
    public const string SectionName = "Ent:Files";

    /// <summary>
    /// Gets or sets the folder of the local file storage. Relative paths start at the data directory
    /// (<see cref="DataOptions.Directory"/>).
    /// </summary>
    public string Path { get; set; } = "files";

    /// <summary>Gets or sets the most bytes one file of a multipart GraphQL request may have (100 MiB by default).</summary>
    public long MaxUploadBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Gets or sets the most files one multipart GraphQL request may carry.</summary>
    public int MaxUploadFiles { get; set; } = 10;

    public string ResolvePath(DataOptions data) => System.IO.Path.GetFullPath(Path, data.ResolveDirectory());

    /// <summary>The folder where uploads wait while their request runs: under the data directory, never the system's temporary folder.</summary>
    public static string SpoolDirectory(DataOptions data) => System.IO.Path.Combine(data.ResolveDirectory(), "tmp", "uploads");
}
