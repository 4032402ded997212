using Ent.Data;
using Ent.Demo;
using Ent.GraphQL;
using Ent.Plugins.Grades.Access;
using Ent.Plugins.Grades.Data;
using Ent.Plugins.Grades.Demo;
using Ent.Plugins.Grades.GraphQL;
using Ent.Plugins.Grades.Synthetic;
using Ent.Synthetic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Plugins.Grades;

/// <summary>The grades service: evaluations, marks, averages and report cards.</summary>
public sealed class GradesPlugin : IEntPlugin
{
    /// <inheritdoc />
    public PluginManifest Manifest { get; } = new("grades", "Grades", "1.0.0", EntSdk.Version)
    {
        Scopes = [GradesScopes.Read, GradesScopes.Write],
    };

    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddEntStore<GradesDbContext>();
        services.AddScoped<GradeAccess>();
        services.AddScoped<IDemoDataSeeder, GradesDemoData>();
        services.AddScoped<ISyntheticDataGenerator, GradesSyntheticData>();
    }

    /// <inheritdoc />
    public void ConfigureSchema(ISchemaContribution schema) => GradesSchema.Contribute(schema);
}
