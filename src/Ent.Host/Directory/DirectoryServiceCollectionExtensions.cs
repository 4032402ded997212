using Ent.Access;
using Ent.Data;
using Ent.Events;
using Ent.Host.Access;
using Ent.Host.Directory.Data;
using Ent.Host.Directory.GraphQL;
using Ent.Host.Directory.Import;
using Ent.Host.Events;
using Ent.Host.GraphQL.Execution;
using Ent.Host.GraphQL.Schema;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ent.Host.Directory;

internal static class DirectoryServiceCollectionExtensions
{
    /// <summary>
    /// Registers the directory's store (first, so that it migrates before the plugins' stores that refer to
    /// it), its GraphQL types, its CSV import, the access policy and the services the SDK promises plugins.
    /// </summary>
    public static IServiceCollection AddEntDirectory(this IServiceCollection services)
    {
        services.AddEntStore<DirectoryDbContext>();
        services.AddDirectoryImport();
        services.AddSingleton<ICoreSchemaContributor, DirectorySchemaContributor>();
        services.AddScoped<ViewerAccessor>();
        services.AddScoped<IAccessPolicy, AccessPolicy>();
        services.AddSingleton<IRequestValidationRule, FieldAccessValidationRule>();
        services.AddScoped<IDomainEventPublisher, DomainEventPublisher>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
