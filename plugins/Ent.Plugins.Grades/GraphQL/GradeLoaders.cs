using Ent.GraphQL.Loading;
using Ent.Plugins.Grades.Access;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Plugins.Grades.GraphQL;

/// <summary>The request's <see cref="GradeAccess"/>, and batched look-ups of the directory rows grades refer to.</summary>
internal static class GradeLoaders
{
    public static GradeAccess Grades(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<GradeAccess>();

    /// <summary>
    /// Loads a directory row (a subject, a period, a teacher…) a grade refers to, batched with the other rows
    /// of its type asked for in the step. The core type it is shown as decides what of it the viewer sees.
    /// </summary>
    public static IDataLoaderResult<T?> DirectoryRow<T>(IResolveFieldContext context, Guid id)
        where T : class
    {
        var grades = context.Grades();
        return context.GetBatchLoader<Guid, T>($"grades.{typeof(T).Name}.byId", async (ids, cancellationToken) =>
        {
            await using var db = await grades.CreateStoreAsync(cancellationToken);
            var tenant = grades.TenantId;
            var rows = await db.Set<T>().AsNoTracking()
                .Where(row => ids.Contains(EF.Property<Guid>(row, "Id")) && EF.Property<string>(row, "TenantId") == tenant)
                .ToListAsync(cancellationToken);
            return rows.ToDictionary(row => (Guid)db.Entry(row).Property("Id").CurrentValue!);
        }).Load(id);
    }
}
