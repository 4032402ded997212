namespace Ent.Plugins;

/// <summary>The version of this SDK.</summary>
/// <remarks>
/// The SDK follows semantic versioning: a host runs a plugin built for the same major version and an
/// equal or lower minor version.
/// </remarks>
public static class EntSdk
{
    /// <summary>The SDK version, a constant so that it is compiled into each plugin.</summary>
    public const string Version = "1.0.0";
}
