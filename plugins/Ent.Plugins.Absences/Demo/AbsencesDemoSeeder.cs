using Ent.Demo;
using Ent.Directory;
using Ent.Plugins.Absences.Data;
using Ent.Plugins.Absences.Domain;
using Ent.Plugins.Absences.Generation;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Absences.Demo;

/// <summary>
/// Seeds the demo collèges' vie scolaire: each school's reasons (and, in Vendôme, a second alert threshold),
/// then the last three school weeks before today of roll calls for every lesson of a weekly timetable derived
/// from the teaching assignments, with the absences and latenesses of <see cref="DemoScenario"/> and a few
/// more at random, justified by relatives or not, decided by the CPE or still pending. The same directory and
/// day give the same data; a tenant that already has absences data is left alone.
/// </summary>
internal sealed class AbsencesDemoSeeder(IDbContextFactory<AbsencesDbContext> factory, TimeProvider time) : IDemoDataSeeder
{
    private const int Seed = 2026;

    public async Task SeedAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await db.Reasons.AnyAsync(r => r.TenantId == tenantId, cancellationToken) || await db.Events.AnyAsync(e => e.TenantId == tenantId, cancellationToken))
        {
            return;
        }

        var today = SchoolCalendar.Today(time);

        // The data stops at the start of today, so that the same day gives the same data.
        var now = GeneratedTime.Instant(today.ToDateTime(TimeOnly.MinValue));
        var random = new Random(Seed);
        var rows = new AbsenceRows();
        var schools = await db.Set<School>().AsNoTracking().Where(s => s.TenantId == tenantId).OrderBy(s => s.Uai).ToListAsync(cancellationToken);
        var rosters = await DemoRosters.ReadAsync(db, tenantId, cancellationToken);
        var years = await db.Set<SchoolYear>().AsNoTracking().Where(y => y.TenantId == tenantId).ToListAsync(cancellationToken);
        for (var index = 0; index < schools.Count; index++)
        {
            var school = schools[index];
            var year = years.Where(y => y.SchoolId == school.Id && y.StartDate <= today).MaxBy(y => y.StartDate);
            var configuredAt = GeneratedTime.Instant((year?.StartDate ?? today).AddDays(-3).ToDateTime(new TimeOnly(9, 0)));
            var reasons = SchoolReasons.For(tenantId, school.Id, configuredAt, random);
            rows.Reasons.AddRange(reasons);
            IReadOnlyList<ThresholdRule> thresholds = ThresholdRule.Defaults;
            if (index == 1)
            {
                // Vendôme also watches pupils who reach eight unjustified half-days in a month.
                thresholds = [new(ThresholdWindow.Month, 4), new(ThresholdWindow.Month, 8)];
                rows.Thresholds.AddRange(thresholds.Select(rule => new AbsenceThreshold
                {
                    Id = GeneratedIds.At(configuredAt, random), TenantId = tenantId, SchoolId = school.Id, Window = rule.Window, UnjustifiedHalfDays = rule.UnjustifiedHalfDays,
                }));
            }

            if (year is null || !rosters.TryGetValue(school.Id, out var roster))
            {
                continue;
            }

            var dates = LastThreeWeeks(year, today);
            var day = SchoolDay.Default;
            var timetable = WeeklyTimetable.Build(roster.Roster, day, random);
            var scenario = DemoScenario.For(index, roster, dates, day);
            new AttendanceSimulator(tenantId, roster.Roster, timetable, day, reasons, thresholds, AttendanceRates.Calm, now, random)
                .Simulate(dates, scenario, rows);
        }

        await rows.WriteAsync(db, new Dictionary<string, long>(), cancellationToken);
    }

    // The lesson days of the last three school weeks before today (the current one included), within the year.
    private static List<DateOnly> LastThreeWeeks(SchoolYear year, DateOnly today)
    {
        var weeks = new HashSet<DateOnly>();
        var dates = new List<DateOnly>();
        for (var date = today.AddDays(-1) < year.EndDate ? today.AddDays(-1) : year.EndDate; date >= year.StartDate; date = date.AddDays(-1))
        {
            if (!LessonDays.HasLessons(date))
            {
                continue;
            }

            var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
            if (weeks.Add(monday) && weeks.Count > 3)
            {
                break;
            }

            dates.Add(date);
        }

        dates.Reverse();
        return dates;
    }
}
