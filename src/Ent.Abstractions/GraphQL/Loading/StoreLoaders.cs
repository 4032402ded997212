using Ent.Data;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.GraphQL.Loading;

/// <summary>
/// The batched look-ups every store needs, for fields that follow a reference: each batch is one statement
/// in a context of its own, whatever the number of objects in the response. Return the results from
/// resolvers (map them with <see cref="DataLoaderResultExtensions.Then"/>), never await them there.
/// </summary>
public static class StoreLoaders
{
    /// <summary>Loads a row by its <c>Id</c>, batched with the other rows of its type asked for in the step.</summary>
    /// <typeparam name="TStore">The store to read, whose factory is registered by <see cref="EntStoreServiceCollectionExtensions.AddEntStore{TContext}"/>.</typeparam>
    /// <typeparam name="T">An entity of the store, or of the directory, with a <see cref="Guid"/> key named <c>Id</c>.</typeparam>
    /// <param name="context">The field's context.</param>
    /// <param name="id">The key.</param>
    /// <returns>The row, or <see langword="null"/> when there is none.</returns>
    public static IDataLoaderResult<T?> LoadById<TStore, T>(this IResolveFieldContext context, Guid id)
        where TStore : EntDbContext
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetBatchLoader<Guid, T>($"{typeof(TStore).FullName}:{typeof(T).FullName}:byId", async (ids, cancellationToken) =>
        {
            await using var store = await CreateStoreAsync<TStore>(context, cancellationToken);
            var rows = await store.Set<T>().AsNoTracking().Where(row => ids.Contains(EF.Property<Guid>(row, "Id"))).ToListAsync(cancellationToken);
            return rows.ToDictionary(row => (Guid)store.Entry(row).Property("Id").CurrentValue!);
        }).Load(id);
    }

    /// <summary>Loads the rows related to a key, batched with the other keys asked for in the step.</summary>
    /// <typeparam name="TStore">The store to read.</typeparam>
    /// <typeparam name="TRow">The related rows.</typeparam>
    /// <param name="context">The field's context.</param>
    /// <param name="name">The relation's name, unique for the store, such as <c>profilesByPerson</c>.</param>
    /// <param name="key">The key.</param>
    /// <param name="query">Selects the rows of all the batch's keys, each with its key, filtered as the viewer may see them.</param>
    /// <returns>The rows, empty when there are none.</returns>
    public static IDataLoaderResult<IReadOnlyList<TRow>> LoadRelated<TStore, TRow>(
        this IResolveFieldContext context,
        string name,
        Guid key,
        Func<TStore, IReadOnlyList<Guid>, IQueryable<KeyedRow<TRow>>> query)
        where TStore : EntDbContext
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(query);
        return context.GetBatchLoader<Guid, IReadOnlyList<TRow>>($"{typeof(TStore).FullName}:{name}", async (keys, cancellationToken) =>
        {
            await using var store = await CreateStoreAsync<TStore>(context, cancellationToken);
            var rows = await query(store, keys).ToListAsync(cancellationToken);
            return rows.GroupBy(row => row.Key).ToDictionary(group => group.Key, group => (IReadOnlyList<TRow>)[.. group.Select(row => row.Row)]);
        }).Load(key).Then(rows => rows ?? []);
    }

    /// <summary>Creates a context of a store for one use, as resolvers running side by side must.</summary>
    /// <typeparam name="TStore">The store.</typeparam>
    /// <param name="context">The field's context.</param>
    /// <param name="cancellationToken">Cancels the creation.</param>
    /// <returns>The context, to dispose.</returns>
    public static Task<TStore> CreateStoreAsync<TStore>(this IResolveFieldContext context, CancellationToken cancellationToken)
        where TStore : EntDbContext
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RequestServices!.GetRequiredService<IDbContextFactory<TStore>>().CreateDbContextAsync(cancellationToken);
    }
}

/// <summary>A row with the key it was looked up by, as <see cref="StoreLoaders.LoadRelated{TStore, TRow}"/> groups them.</summary>
/// <typeparam name="TRow">The row's type.</typeparam>
/// <param name="Key">The key.</param>
/// <param name="Row">The row.</param>
public sealed record KeyedRow<TRow>(Guid Key, TRow Row);
