namespace Ent.Plugins;

/// <summary>Describes a plugin to the host.</summary>
/// <param name="Id">
/// The stable identifier used in bouquets, configuration and storage names: lowercase letters, digits and
/// underscores, starting with a letter (for example <c>grades</c>).
/// </param>
/// <param name="Name">The display name shown to administrators and apps.</param>
/// <param name="Version">The plugin's own version, in semantic versioning form.</param>
/// <param name="SdkVersion">
/// The SDK version the plugin was built for; pass <see cref="EntSdk.Version"/>, which the compiler copies
/// into the plugin so that the host can refuse plugins built for a newer SDK.
/// </param>
public sealed record PluginManifest(string Id, string Name, string Version, string SdkVersion)
{
    /// <summary>Gets the ids of the plugins this plugin needs active beside it.</summary>
    public IReadOnlyList<string> Dependencies { get; init; } = [];

    /// <summary>
    /// Gets the OAuth scopes the plugin's fields require, such as <c>grades:read</c> and <c>grades:write</c>,
    /// which third-party apps may ask for. Each starts with the plugin's id and a colon.
    /// </summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];
}
