using Ent.Endpoints;
using Ent.Host.Plugins;

namespace Ent.Host.Endpoints;

internal static class PluginEndpointsExtensions
{
    public static IServiceCollection AddEntPluginEndpoints(this IServiceCollection services)
    {
        services.AddSingleton<LinkSignature>();
        services.AddScoped<ISignedLinks, SignedLinks>();
        return services;
    }

    /// <summary>
    /// Maps the routes of every plugin that implements <see cref="IEndpointContributor"/> under <c>/{plugin id}</c>.
    /// A plugin whose mapping throws is logged; the host serves the rest.
    /// </summary>
    public static WebApplication MapEntPluginEndpoints(this WebApplication app)
    {
        app.UseMiddleware<PluginEndpointMiddleware>();
        var logger = app.Services.GetRequiredService<ILogger<PluginEndpointMiddleware>>();
        foreach (var plugin in app.Services.GetRequiredService<PluginCatalog>().Plugins)
        {
            if (plugin.Instance is not IEndpointContributor contributor)
            {
                continue;
            }

            var group = app.MapGroup("/" + plugin.Id).WithMetadata(new PluginEndpointMetadata(plugin.Id));
            try
            {
                contributor.MapEndpoints(group);
            }
#pragma warning disable CA1031 // A plugin's own code may throw anything; the host carries on without its routes.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                logger.LogError(exception, "The plugin {PluginId} failed to map its routes.", plugin.Id);
            }
        }

        return app;
    }
}
