namespace Ent.Synthetic;

/// <summary>
/// Generates a plugin's share of a synthetic tenant (marks, absences, messages…) for load tests and
/// benchmarks, from the synthetic directory the host generated first. Register it in the plugin's services.
/// </summary>
/// <remarks>
/// Generation must be deterministic for a given <see cref="SyntheticDataContext.Seed"/>, write through
/// <see cref="Data.BulkInsert"/> rather than the change tracker, and report progress.
/// </remarks>
public interface ISyntheticDataGenerator
{
    /// <summary>Generates and writes the plugin's data for the context's tenant.</summary>
    /// <param name="context">The tenant, its generated directory, the seed and the progress sink.</param>
    /// <param name="cancellationToken">Cancels the generation.</param>
    /// <returns>A task that completes when the data is written.</returns>
    Task GenerateAsync(SyntheticDataContext context, CancellationToken cancellationToken);
}
