using Ent.Tenancy;

namespace Ent.Host.Tenancy;

internal static class TenancyServiceCollectionExtensions
{
    public static IServiceCollection AddEntTenancy(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<TenancyOptions>(configuration.GetSection(TenancyOptions.SectionName));
        services.AddSingleton<TenantRegistry>();
        services.AddSingleton<TenantResolver>();
        services.AddScoped<TenantAccessor>();
        services.AddScoped<ITenantAccessor>(provider => provider.GetRequiredService<TenantAccessor>());
        return services;
    }
}
