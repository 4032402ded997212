using Ent.Data;
using Ent.Demo;
using Ent.GraphQL;
using Ent.Plugins.Absences.Data;
using Ent.Plugins.Absences.Demo;
using Ent.Plugins.Absences.GraphQL;
using Ent.Plugins.Absences.Synthetic;
using Ent.Synthetic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ent.Plugins.Absences;

/// <summary>The absences plugin (vie scolaire): roll calls, absences and latenesses, justifications, counts and alerts.</summary>
public sealed class AbsencesPlugin : IEntPlugin
{
    /// <inheritdoc />
    public PluginManifest Manifest { get; } = new("absences", "Vie scolaire", "1.0.0", EntSdk.Version)
    {
        Scopes = [AbsencesScopes.Read, AbsencesScopes.Write],
    };

    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        // The host registers TimeProvider; registering one here would override a test's clock.
        services.AddEntStore<AbsencesDbContext>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDemoDataSeeder, AbsencesDemoSeeder>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISyntheticDataGenerator, AbsencesSyntheticGenerator>());
    }

    /// <inheritdoc />
    public void ConfigureSchema(ISchemaContribution schema) => AbsencesSchema.Configure(schema);
}
