using Ent.GraphQL.Loading;
using Ent.Plugins.Resources.Access;
using Ent.Plugins.Resources.Data;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Plugins.Resources.GraphQL;

/// <summary>
/// Batched look-ups for the resources types: every field that follows a reference (an owner, a latest version,
/// tags) queues its key and one statement per kind of row serves the whole step, so a list costs the same number
/// of statements whatever its length.
/// </summary>
internal static class ResourceLoaders
{
    /// <summary>Loads a row of the store (directory rows included) by its <c>Id</c>, batched per type.</summary>
    public static IDataLoaderResult<T?> ById<T>(IResolveFieldContext context, Guid id)
        where T : class =>
        context.GetBatchLoader<Guid, T>($"resources.{typeof(T).Name}.byId", async (ids, cancellationToken) =>
        {
            await using var db = await CreateAsync(context, cancellationToken);
            var rows = await db.Set<T>().AsNoTracking().Where(row => ids.Contains(EF.Property<Guid>(row, "Id"))).ToListAsync(cancellationToken);
            return rows.ToDictionary(row => (Guid)db.Entry(row).Property("Id").CurrentValue!);
        }).Load(id);

    /// <summary>Loads the rows related to a key, batched with the other keys of the step.</summary>
    public static IDataLoaderResult<IReadOnlyList<TRow>?> Related<TRow>(
        IResolveFieldContext context,
        string name,
        Guid key,
        Func<ResourcesDbContext, ResourceAccess, IReadOnlyList<Guid>, IQueryable<Keyed<TRow>>> query) =>
        context.GetBatchLoader<Guid, IReadOnlyList<TRow>>($"resources.{name}", async (keys, cancellationToken) =>
        {
            await using var db = await CreateAsync(context, cancellationToken);
            var rows = await query(db, AccessOf(context), keys).ToListAsync(cancellationToken);
            return rows.GroupBy(row => row.Key).ToDictionary(group => group.Key, group => (IReadOnlyList<TRow>)[.. group.Select(row => row.Row)]);
        }).Load(key);

    /// <summary>Loads one value per key with a custom fetch, batched with the other keys of the step.</summary>
    public static IDataLoaderResult<TValue?> Value<TValue>(
        IResolveFieldContext context,
        string name,
        Guid key,
        Func<ResourcesDbContext, ResourceAccess, IReadOnlyList<Guid>, CancellationToken, Task<IReadOnlyDictionary<Guid, TValue>>> fetch) =>
        context.GetBatchLoader<Guid, TValue>($"resources.{name}", async (keys, cancellationToken) =>
        {
            await using var db = await CreateAsync(context, cancellationToken);
            return await fetch(db, AccessOf(context), keys, cancellationToken);
        }).Load(key);

    public static Task<ResourcesDbContext> CreateAsync(IResolveFieldContext context, CancellationToken cancellationToken) =>
        context.RequestServices!.GetRequiredService<IDbContextFactory<ResourcesDbContext>>().CreateDbContextAsync(cancellationToken);

    public static ResourceAccess AccessOf(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<ResourceAccess>();
}

/// <summary>A row with the key it was looked up by.</summary>
internal sealed record Keyed<TRow>(Guid Key, TRow Row);
