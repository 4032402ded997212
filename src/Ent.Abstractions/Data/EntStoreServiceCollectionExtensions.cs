using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Ent.Data;

/// <summary>Registers a store's <see cref="EntDbContext"/>.</summary>
public static class EntStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers an <see cref="IDbContextFactory{TContext}"/> for the store on the configured engine, and
    /// the store itself so that the host applies its migrations. Resolvers that may run beside others
    /// create a context per use from the factory, never share one.
    /// </summary>
    /// <typeparam name="TContext">The store's context, marked with <see cref="StoreNameAttribute"/>.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddEntStore<TContext>(this IServiceCollection services)
        where TContext : EntDbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        var storeName = StoreNameAttribute.Of(typeof(TContext));
        services.AddDbContextFactory<TContext>((provider, options) =>
            StoreOptions.Configure(options, provider.GetRequiredService<IOptions<DatabaseOptions>>().Value, storeName));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IEntStore, EntStore<TContext>>());
        return services;
    }
}
