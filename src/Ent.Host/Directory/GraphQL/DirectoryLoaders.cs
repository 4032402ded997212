using Ent.GraphQL.Loading;
using Ent.Host.Directory.Data;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Ent.Host.Directory.GraphQL;

/// <summary>
/// Batched look-ups of directory rows, for navigating from an object the viewer may already see to what it
/// refers to (its school, its subject). Lists of people go through the access policy instead.
/// </summary>
internal static class DirectoryLoaders
{
    /// <summary>Loads a row by its <c>Id</c>, batched with the other rows of the same type asked for in the step.</summary>
    public static IDataLoaderResult<T?> ById<T>(IResolveFieldContext context, Guid id)
        where T : class =>
        context.GetBatchLoader<Guid, T>($"directory.{typeof(T).Name}.byId", async (ids, cancellationToken) =>
        {
            await using var db = await CreateAsync(context, cancellationToken);
            var rows = await db.Set<T>().Where(row => ids.Contains(EF.Property<Guid>(row, "Id"))).ToListAsync(cancellationToken);
            return rows.ToDictionary(row => (Guid)db.Entry(row).Property("Id").CurrentValue!);
        }).Load(id);

    /// <summary>Loads the rows related to a key, batched with the other keys asked for in the step.</summary>
    public static IDataLoaderResult<IReadOnlyList<TRow>?> Related<TRow>(
        IResolveFieldContext context,
        string name,
        Guid key,
        Func<DirectoryDbContext, IReadOnlyList<Guid>, IQueryable<KeyedRow<TRow>>> query) =>
        context.GetBatchLoader<Guid, IReadOnlyList<TRow>>($"directory.{name}", async (keys, cancellationToken) =>
        {
            await using var db = await CreateAsync(context, cancellationToken);
            var rows = await query(db, keys).ToListAsync(cancellationToken);
            return rows.GroupBy(row => row.Key).ToDictionary(group => group.Key, group => (IReadOnlyList<TRow>)[.. group.Select(row => row.Row)]);
        }).Load(key);

    public static Task<DirectoryDbContext> CreateAsync(IResolveFieldContext context, CancellationToken cancellationToken) =>
        context.RequestServices!.GetRequiredService<IDbContextFactory<DirectoryDbContext>>().CreateDbContextAsync(cancellationToken);
}

/// <summary>A row with the key it was looked up by.</summary>
internal sealed record KeyedRow<TRow>(Guid Key, TRow Row);
