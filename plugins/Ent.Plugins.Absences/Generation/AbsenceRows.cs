using Ent.Data;
using Ent.Plugins.Absences.Data;
using Ent.Plugins.Absences.Domain;

namespace Ent.Plugins.Absences.Generation;

/// <summary>Generated rows of the absences store, written together through bulk inserts, parents first.</summary>
internal sealed class AbsenceRows
{
    public List<AbsenceReason> Reasons { get; } = [];

    public List<AbsenceThreshold> Thresholds { get; } = [];

    public List<RollCall> RollCalls { get; } = [];

    public List<RollCallRevision> Revisions { get; } = [];

    public List<RollCallMark> Marks { get; } = [];

    public List<AbsenceEvent> Events { get; } = [];

    public List<AbsenceEventStateChange> StateChanges { get; } = [];

    public List<Justification> Justifications { get; } = [];

    public List<JustificationEvent> JustificationEvents { get; } = [];

    public List<AbsenceAlert> Alerts { get; } = [];

    /// <summary>Writes the rows, then forgets them, so that the next batch starts empty.</summary>
    /// <param name="db">The store.</param>
    /// <param name="totals">Adds the rows written of each table, by table.</param>
    /// <param name="cancellationToken">Cancels the writes.</param>
    /// <returns>A task that completes when the rows are written.</returns>
    public async Task WriteAsync(AbsencesDbContext db, IDictionary<string, long> totals, CancellationToken cancellationToken)
    {
        await WriteAsync(db, "reasons", Reasons, totals, cancellationToken);
        await WriteAsync(db, "thresholds", Thresholds, totals, cancellationToken);
        await WriteAsync(db, "roll calls", RollCalls, totals, cancellationToken);
        await WriteAsync(db, "roll call revisions", Revisions, totals, cancellationToken);
        await WriteAsync(db, "roll call marks", Marks, totals, cancellationToken);
        await WriteAsync(db, "events", Events, totals, cancellationToken);
        await WriteAsync(db, "justifications", Justifications, totals, cancellationToken);
        await WriteAsync(db, "justified events", JustificationEvents, totals, cancellationToken);
        await WriteAsync(db, "event state changes", StateChanges, totals, cancellationToken);
        await WriteAsync(db, "alerts", Alerts, totals, cancellationToken);
    }

    private static async Task WriteAsync<T>(AbsencesDbContext db, string table, List<T> rows, IDictionary<string, long> totals, CancellationToken cancellationToken)
        where T : class
    {
        var written = rows.Count == 0 ? 0 : await db.BulkInsertAsync(rows, cancellationToken);
        totals[table] = totals.TryGetValue(table, out var total) ? total + written : written;
        rows.Clear();
    }
}
