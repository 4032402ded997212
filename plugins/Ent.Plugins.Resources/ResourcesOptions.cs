namespace Ent.Plugins.Resources;

/// <summary>The resources service's settings, bound from <c>Ent:Plugins:Settings:resources</c>.</summary>
internal sealed class ResourcesOptions
{
    /// <summary>Gets or sets the most bytes one file may have (50 MiB by default); the host's upload limit applies too.</summary>
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Gets or sets the bytes a person's resources may take in all, versions and trash included (1 GiB by default).</summary>
    public long PersonQuotaBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>Gets or sets the bytes the resources of one school may take in all (20 GiB by default).</summary>
    public long SchoolQuotaBytes { get; set; } = 20L * 1024 * 1024 * 1024;

    /// <summary>Gets or sets whether relatives read what is shared with their children's classes and groups.</summary>
    public bool RelativesMayRead { get; set; } = true;

    /// <summary>
    /// Gets or sets the file name extensions refused, with their dot, compared without case; when not set,
    /// <see cref="DefaultRefusedExtensions"/>.
    /// </summary>
    public List<string>? RefusedExtensions { get; set; }

    /// <summary>
    /// Gets or sets the media types refused, whether declared by the client or found from the name or content;
    /// when not set, <see cref="DefaultRefusedContentTypes"/>.
    /// </summary>
    public List<string>? RefusedContentTypes { get; set; }

    /// <summary>Gets the extensions refused by default: programs and scripts.</summary>
    public static IReadOnlyList<string> DefaultRefusedExtensions { get; } =
    [
        ".exe", ".msi", ".bat", ".cmd", ".com", ".scr", ".pif", ".cpl", ".dll", ".ps1", ".vbs", ".vbe", ".wsf", ".hta",
        ".js", ".jse", ".jar", ".sh", ".apk", ".lnk", ".reg",
    ];

    /// <summary>Gets the media types refused by default: programs and scripts.</summary>
    public static IReadOnlyList<string> DefaultRefusedContentTypes { get; } =
    [
        "application/x-msdownload", "application/x-msdos-program", "application/x-dosexec", "application/x-executable",
        "application/vnd.microsoft.portable-executable", "application/x-msi", "application/x-sh", "application/java-archive",
    ];

    /// <summary>Gets or sets how long a download link stays valid.</summary>
    public TimeSpan DownloadLinkLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets settings that differ for a school, by its UAI.</summary>
    public Dictionary<string, SchoolResourcesOptions> Schools { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the storage quota of a school.</summary>
    public long SchoolQuotaOf(string? uai) =>
        (uai is not null ? Schools.GetValueOrDefault(uai)?.QuotaBytes : null) ?? SchoolQuotaBytes;
}

/// <summary>A school's own resources settings; what is not set follows the defaults.</summary>
internal sealed class SchoolResourcesOptions
{
    /// <summary>Gets or sets the bytes the school's resources may take in all.</summary>
    public long? QuotaBytes { get; set; }

    /// <summary>Gets or sets whether relatives read what is shared with their children's classes and groups here.</summary>
    public bool? RelativesMayRead { get; set; }
}
