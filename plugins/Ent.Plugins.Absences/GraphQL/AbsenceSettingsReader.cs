using Ent.GraphQL.Loading;
using Ent.Plugins.Absences.Data;
using Ent.Plugins.Absences.Domain;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Absences.GraphQL;

/// <summary>Reads schools' settings, with the defaults for what they have not set.</summary>
internal static class AbsenceSettingsReader
{
    /// <summary>Loads a school's settings, batched with the other schools asked for in the step: two statements.</summary>
    public static IDataLoaderResult<AbsenceSettings> Load(IResolveFieldContext context, Guid schoolId) =>
        context.GetBatchLoader<Guid, AbsenceSettings>("absences.settingsBySchool", async (keys, cancellationToken) =>
        {
            await using var db = await AbsenceLoaders.CreateAsync(context, cancellationToken);
            return await ReadAsync(db, keys, cancellationToken);
        }).Load(schoolId).Then(settings => settings!);

    /// <summary>Reads a school's settings.</summary>
    public static async Task<AbsenceSettings> ReadAsync(AbsencesDbContext db, Guid schoolId, CancellationToken cancellationToken) =>
        (await ReadAsync(db, [schoolId], cancellationToken))[schoolId];

    private static async Task<IReadOnlyDictionary<Guid, AbsenceSettings>> ReadAsync(AbsencesDbContext db, IReadOnlyList<Guid> schools, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.AsNoTracking().Where(s => schools.Contains(s.SchoolId)).ToDictionaryAsync(s => s.SchoolId, cancellationToken);
        var thresholds = (await db.Thresholds.AsNoTracking().Where(t => schools.Contains(t.SchoolId)).ToListAsync(cancellationToken)).ToLookup(t => t.SchoolId);
        return schools.Distinct().ToDictionary(school => school, school =>
        {
            var own = settings.GetValueOrDefault(school);
            var rules = thresholds[school].OrderBy(t => t.UnjustifiedHalfDays).Select(t => new ThresholdRule(t.Window, t.UnjustifiedHalfDays)).ToList();
            return new AbsenceSettings(school, SchoolDay.From(own), rules.Count > 0 ? rules : ThresholdRule.Defaults, own is null && rules.Count == 0);
        });
    }
}
