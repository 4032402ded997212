namespace Ent.Host.Plugins;

/// <summary>Where plugins are found, bound from <c>Ent:Plugins</c>.</summary>
internal sealed class PluginsOptions
{
    public const string SectionName = "Ent:Plugins";

    /// <summary>
    /// Gets or sets the directory holding one folder per plugin, each with a <c>{folder}.dll</c>. Relative
    /// paths start at the host's own directory.
    /// </summary>
    public string Path { get; set; } = "plugins";

    public string ResolvePath() => System.IO.Path.GetFullPath(Path, AppContext.BaseDirectory);
}
