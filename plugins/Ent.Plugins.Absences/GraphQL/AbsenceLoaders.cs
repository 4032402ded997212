using Ent.GraphQL.Loading;
using Ent.Plugins.Absences.Data;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Plugins.Absences.GraphQL;

/// <summary>
/// Batched look-ups for navigating from an object the viewer already sees to what it refers to. Each batch
/// is one statement, whatever the number of objects in the response.
/// </summary>
internal static class AbsenceLoaders
{
    /// <summary>Loads a row by its <c>Id</c>, batched with the other rows of its type asked for in the step.</summary>
    /// <typeparam name="T">An entity of the store or of the directory.</typeparam>
    /// <param name="context">The field's context.</param>
    /// <param name="id">The key.</param>
    /// <returns>The row, or <see langword="null"/>.</returns>
    public static IDataLoaderResult<T?> ById<T>(IResolveFieldContext context, Guid id)
        where T : class =>
        context.GetBatchLoader<Guid, T>($"absences.{typeof(T).Name}.byId", async (ids, cancellationToken) =>
        {
            await using var db = await CreateAsync(context, cancellationToken);
            var rows = await db.Set<T>().AsNoTracking().Where(row => ids.Contains(EF.Property<Guid>(row, "Id"))).ToListAsync(cancellationToken);
            return rows.ToDictionary(row => (Guid)db.Entry(row).Property("Id").CurrentValue!);
        }).Load(id);

    /// <summary>
    /// Loads the rows related to a key, batched with the other keys asked for in the step. Return the result
    /// from the resolver, never await it there: the execution gathers every key of the step first.
    /// </summary>
    /// <typeparam name="TRow">The related rows.</typeparam>
    /// <param name="context">The field's context.</param>
    /// <param name="name">The loader's name, unique in the plugin.</param>
    /// <param name="key">The key.</param>
    /// <param name="query">Selects the rows of all the keys, each with its key.</param>
    /// <returns>The rows, empty when none.</returns>
    public static IDataLoaderResult<IReadOnlyList<TRow>> Related<TRow>(
        IResolveFieldContext context,
        string name,
        Guid key,
        Func<AbsencesDbContext, IReadOnlyList<Guid>, IQueryable<KeyedRow<TRow>>> query) =>
        context.GetBatchLoader<Guid, IReadOnlyList<TRow>>($"absences.{name}", async (keys, cancellationToken) =>
        {
            await using var db = await CreateAsync(context, cancellationToken);
            var found = await query(db, keys).ToListAsync(cancellationToken);
            return found.GroupBy(row => row.Key).ToDictionary(group => group.Key, group => (IReadOnlyList<TRow>)[.. group.Select(row => row.Row)]);
        }).Load(key).Then(rows => rows ?? []);

    /// <summary>Creates a context of the absences store for one use.</summary>
    /// <param name="context">The field's context.</param>
    /// <param name="cancellationToken">Cancels the creation.</param>
    /// <returns>The context, to dispose.</returns>
    public static Task<AbsencesDbContext> CreateAsync(IResolveFieldContext context, CancellationToken cancellationToken) =>
        context.RequestServices!.GetRequiredService<IDbContextFactory<AbsencesDbContext>>().CreateDbContextAsync(cancellationToken);
}

/// <summary>A row with the key it was looked up by.</summary>
/// <typeparam name="TRow">The row's type.</typeparam>
/// <param name="Key">The key.</param>
/// <param name="Row">The row.</param>
internal sealed record KeyedRow<TRow>(Guid Key, TRow Row);
