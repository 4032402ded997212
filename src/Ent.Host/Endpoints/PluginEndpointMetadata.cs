namespace Ent.Host.Endpoints;

/// <summary>Marks the endpoints a plugin mapped, so that <see cref="PluginEndpointMiddleware"/> prepares their requests.</summary>
internal sealed record PluginEndpointMetadata(string PluginId);
