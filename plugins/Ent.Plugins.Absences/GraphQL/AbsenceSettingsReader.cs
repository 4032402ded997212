using Ent.Plugins.Absences.Data;
using Ent.Plugins.Absences.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Absences.GraphQL;

/// <summary>Reads a school's settings, with the defaults for what it has not set.</summary>
internal static class AbsenceSettingsReader
{
    public static async Task<AbsenceSettings> ReadAsync(AbsencesDbContext db, Guid schoolId, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.SchoolId == schoolId, cancellationToken);
        var thresholds = await ReadThresholdsAsync(db, schoolId, cancellationToken);
        var hasThresholds = await db.Thresholds.AnyAsync(t => t.SchoolId == schoolId, cancellationToken);
        return new AbsenceSettings(schoolId, SchoolDay.From(settings), thresholds, settings is null && !hasThresholds);
    }

    /// <summary>Reads a school's thresholds; a school that set none has <see cref="ThresholdRule.Defaults"/>.</summary>
    public static async Task<IReadOnlyList<ThresholdRule>> ReadThresholdsAsync(AbsencesDbContext db, Guid schoolId, CancellationToken cancellationToken)
    {
        var rules = await db.Thresholds.Where(t => t.SchoolId == schoolId)
            .OrderBy(t => t.UnjustifiedHalfDays)
            .Select(t => new ThresholdRule(t.Window, t.UnjustifiedHalfDays))
            .ToListAsync(cancellationToken);
        return rules.Count > 0 ? rules : ThresholdRule.Defaults;
    }
}
