using Ent.Data;
using Microsoft.AspNetCore.Builder;

namespace Ent.Testing;

/// <summary>How <see cref="EntTestHost"/> starts the host.</summary>
public sealed class EntTestHostOptions
{
    /// <summary>Gets or sets the database engine; each host gets a fresh database of its own.</summary>
    public DatabaseProvider Database { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Gets or sets the plugins directory; <see langword="null"/> keeps the default, the built-in plugins
    /// copied beside the tests.
    /// </summary>
    public string? PluginsPath { get; set; }

    /// <summary>Gets or sets the hosting environment; outside <c>Development</c> errors hide their details.</summary>
    public string Environment { get; set; } = "Production";

    /// <summary>
    /// Gets or sets whether the host listens on real Kestrel (127.0.0.1, a free port) instead of the
    /// in-memory test server, for tests that need real HTTP.
    /// </summary>
    public bool UseKestrel { get; set; }

    /// <summary>Gets configuration entries that override the host's, such as <c>Ent:GraphQL:MaxDepth</c>.</summary>
    public IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets a callback run on the builder before the host adds its own services.</summary>
    public Action<WebApplicationBuilder>? ConfigureBuilder { get; set; }
}
