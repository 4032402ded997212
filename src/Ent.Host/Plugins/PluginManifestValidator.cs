using System.Text.RegularExpressions;
using Ent.Plugins;

namespace Ent.Host.Plugins;

/// <summary>Checks a plugin's manifest, and that the host's SDK can run it.</summary>
internal static partial class PluginManifestValidator
{
    private static readonly Version HostSdkVersion = ParseVersion(EntSdk.Version)!;

    /// <summary>Returns why the manifest is unusable, or <see langword="null"/> when it is fine.</summary>
    public static string? FindProblem(PluginManifest? manifest)
    {
        if (manifest is null)
        {
            return "its manifest is null";
        }

        if (string.IsNullOrEmpty(manifest.Id) || !IdPattern().IsMatch(manifest.Id))
        {
            return $"its id '{manifest.Id}' is not lowercase letters, digits and underscores starting with a letter (at most 32)";
        }

        if (string.IsNullOrWhiteSpace(manifest.Name))
        {
            return "its manifest has no name";
        }

        if (ParseVersion(manifest.Version) is null)
        {
            return $"its version '{manifest.Version}' is not a semantic version";
        }

        if (ParseVersion(manifest.SdkVersion) is not { } sdk)
        {
            return $"its SDK version '{manifest.SdkVersion}' is not a semantic version";
        }

        if (sdk.Major != HostSdkVersion.Major || sdk > HostSdkVersion)
        {
            return $"it was built for SDK {manifest.SdkVersion} and this host has SDK {EntSdk.Version}";
        }

        return manifest.Dependencies.FirstOrDefault(dependency => !IdPattern().IsMatch(dependency)) is { } badDependency
            ? $"it names an invalid dependency '{badDependency}'"
            : null;
    }

    private static Version? ParseVersion(string? text)
    {
        var match = text is null ? null : SemVerPattern().Match(text);
        return match is { Success: true } ? new Version(int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value), int.Parse(match.Groups[3].Value)) : null;
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,31}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$")]
    private static partial Regex SemVerPattern();
}
