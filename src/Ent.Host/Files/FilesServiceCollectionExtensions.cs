using Ent.Files;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ent.Host.Files;

internal static class FilesServiceCollectionExtensions
{
    /// <summary>
    /// Registers the file storage (the local file system under the data directory, unless a plugin registered
    /// another <see cref="IFileStorage"/> before) and the sweeper of stale uploads.
    /// </summary>
    public static IServiceCollection AddEntFiles(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FilesOptions>()
            .Bind(configuration.GetSection(FilesOptions.SectionName))
            .Validate(files => files.MaxUploadBytes > 0 && files.MaxUploadFiles > 0, "Ent:Files:MaxUploadBytes and Ent:Files:MaxUploadFiles must be positive.");
        services.TryAddSingleton<IFileStorage, LocalFileStorage>();
        services.AddHostedService<UploadSpoolSweeper>();
        return services;
    }
}
