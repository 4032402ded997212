using Ent.GraphQL;
using Ent.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Plugins.Absences;

/// <summary>The absences plugin (vie scolaire): roll calls, absences and latenesses, justifications, counts and alerts.</summary>
public sealed class AbsencesPlugin : IEntPlugin
{
    /// <inheritdoc />
    public PluginManifest Manifest { get; } = new("absences", "Vie scolaire", "1.0.0", EntSdk.Version)
    {
        Scopes = ["absences:read", "absences:write"],
    };

    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <inheritdoc />
    public void ConfigureSchema(ISchemaContribution schema)
    {
    }
}
