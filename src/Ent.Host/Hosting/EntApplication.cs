using Ent.Host.Data;
using Ent.Host.Demo;
using Ent.Host.Directory;
using Ent.Host.Endpoints;
using Ent.Host.Files;
using Ent.Host.GraphQL;
using Ent.Host.Health;
using Ent.Host.Identity;
using Ent.Host.Plugins;
using Ent.Host.Tenancy;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Serilog;

namespace Ent.Host.Hosting;

/// <summary>Builds the host: its services, its plugins and its endpoints.</summary>
internal static class EntApplication
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);

        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());

        builder.Services.AddEntDirectory();
        var plugins = builder.AddEntPlugins();
        builder.AddEntIdentity(plugins);
        builder.Services
            .AddEntStorage(builder.Configuration)
            .AddEntFiles(builder.Configuration)
            .AddEntPluginEndpoints()
            .AddEntTenancy(builder.Configuration)
            .AddEntGraphQL(builder.Configuration, builder.Environment)
            .AddEntDemo(builder.Configuration)
            .AddEntHealthChecks()
            .AddSingleton<StartupState>()
            .AddSingleton<Synthetic.SyntheticTenantWriter>()
            .AddHostedService<StartupInitializer>();

        var app = builder.Build();
        app.UseSerilogRequestLogging();
        app.UseEntAuthentication();
        app.MapEntHealthChecks();
        app.MapEntIdentity();
        app.MapEntGraphQL();
        app.MapEntPluginEndpoints();
        return app;
    }

    private static IServiceCollection AddEntHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<SchemasHealthCheck>("schemas", tags: ["ready"])
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return services;
    }

    private static void MapEntHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
    }
}
