using Ent.Data;
using Ent.Demo;
using Ent.Endpoints;
using Ent.GraphQL;
using Ent.Plugins.Resources.Access;
using Ent.Plugins.Resources.Data;
using Ent.Plugins.Resources.Demo;
using Ent.Plugins.Resources.Domain;
using Ent.Plugins.Resources.Endpoints;
using Ent.Plugins.Resources.GraphQL;
using Ent.Plugins.Resources.Synthetic;
using Ent.Synthetic;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Plugins.Resources;

/// <summary>
/// The resources service: teaching files and links organised in folders, shared with classes, groups or people
/// with a right, with versions, quotas and a trash; files come in through GraphQL multipart requests and go out
/// through <c>/resources/files/{id}</c>.
/// </summary>
public sealed class ResourcesPlugin : IEntPlugin, IEndpointContributor
{
    /// <inheritdoc />
    public PluginManifest Manifest { get; } = new("resources", "Resources", "1.0.0", EntSdk.Version)
    {
        Scopes = [ResourcesScopes.Read, ResourcesScopes.Write],
    };

    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddEntStore<ResourcesDbContext>();
        services.AddOptions<ResourcesOptions>().Bind(configuration)
            .Validate(options => options.MaxFileBytes > 0 && options.PersonQuotaBytes >= 0 && options.SchoolQuotaBytes >= 0, "The resources limits must not be negative.");
        services.AddScoped<ResourceAccess>();
        services.AddSingleton<QuotaLedger>();
        services.AddSingleton<ResourceUploads>();
        services.AddSingleton<ResourceTrash>();
        services.AddSingleton<IDemoDataSeeder, ResourcesDemoSeeder>();
        services.AddSingleton<ISyntheticDataGenerator, ResourcesSyntheticGenerator>();
    }

    /// <inheritdoc />
    public void ConfigureSchema(ISchemaContribution schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.AddType<ResourceType>();
        schema.AddType<ResourceVersionType>();
        schema.AddType<ResourceFolderType>();
        ResourceQueries.Contribute(schema);
        ResourceMutations.Contribute(schema);
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints) => FileDownloadEndpoint.Map(endpoints);
}
