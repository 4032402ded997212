namespace Ent.Host.Directory.Import;

internal static class DirectoryImportServiceCollectionExtensions
{
    /// <summary>Registers the directory import, which the command line and the admin mutation use.</summary>
    public static IServiceCollection AddDirectoryImport(this IServiceCollection services)
    {
        services.AddSingleton<DirectoryImportWriter>();
        services.AddSingleton<DirectoryImporter>();
        return services;
    }
}
