using Ent.GraphQL.Loading;
using Ent.Plugins.Absences.Data;
using GraphQL;
using GraphQL.DataLoader;

namespace Ent.Plugins.Absences.GraphQL;

/// <summary>
/// The SDK's <see cref="StoreLoaders"/> bound to the absences store. Each batch is one statement, whatever
/// the number of objects in the response; return the results from resolvers, never await them there.
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
        context.LoadById<AbsencesDbContext, T>(id);

    /// <summary>Loads the rows related to a key, batched with the other keys asked for in the step.</summary>
    /// <typeparam name="TRow">The related rows.</typeparam>
    /// <param name="context">The field's context.</param>
    /// <param name="name">The relation's name, unique in the plugin.</param>
    /// <param name="key">The key.</param>
    /// <param name="query">Selects the rows of all the keys, each with its key.</param>
    /// <returns>The rows, empty when none.</returns>
    public static IDataLoaderResult<IReadOnlyList<TRow>> Related<TRow>(
        IResolveFieldContext context,
        string name,
        Guid key,
        Func<AbsencesDbContext, IReadOnlyList<Guid>, IQueryable<KeyedRow<TRow>>> query) =>
        context.LoadRelated(name, key, query);

    /// <summary>Creates a context of the absences store for one use.</summary>
    /// <param name="context">The field's context.</param>
    /// <param name="cancellationToken">Cancels the creation.</param>
    /// <returns>The context, to dispose.</returns>
    public static Task<AbsencesDbContext> CreateAsync(IResolveFieldContext context, CancellationToken cancellationToken) =>
        context.CreateStoreAsync<AbsencesDbContext>(cancellationToken);
}
