using Ent.Host.Hosting;

namespace Ent.Host.Demo;

internal static class DemoServiceCollectionExtensions
{
    public static IServiceCollection AddEntDemo(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DemoOptions>(configuration.GetSection(DemoOptions.SectionName));
        services.AddScoped<IStartupSeeder, DemoDataSeeder>();
        return services;
    }
}
