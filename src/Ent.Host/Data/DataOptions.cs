namespace Ent.Host.Data;

/// <summary>Where the host keeps its files, bound from <c>Ent:Data</c>.</summary>
internal sealed class DataOptions
{
    public const string SectionName = "Ent:Data";

    /// <summary>
    /// Gets or sets the data directory: the SQLite database and, later, stored files. Relative paths start at
    /// the current directory.
    /// </summary>
    public string Directory { get; set; } = "data";

    /// <summary>Gets or sets whether the host applies pending migrations when it starts.</summary>
    public bool MigrateOnStart { get; set; } = true;

    public string ResolveDirectory() => Path.GetFullPath(Directory);
}
