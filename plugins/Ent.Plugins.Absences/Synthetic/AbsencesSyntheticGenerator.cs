using Ent.Directory;
using Ent.Plugins.Absences.Data;
using Ent.Plugins.Absences.Domain;
using Ent.Plugins.Absences.Generation;
using Ent.Synthetic;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Absences.Synthetic;

/// <summary>
/// Generates a synthetic tenant's vie scolaire: for each school, its reasons, then its school year up to
/// yesterday evening, lesson by lesson, with <see cref="AttendanceRates.Typical"/> rates. Roll calls are kept for
/// every lesson with an absence or a lateness and for a fifth of the others. The same seed and day give the
/// same data. Each school is written through bulk inserts while the next one is played.
/// </summary>
internal sealed class AbsencesSyntheticGenerator(IDbContextFactory<AbsencesDbContext> factory, TimeProvider time) : ISyntheticDataGenerator
{
    private const string Source = "absences";

    public async Task GenerateAsync(SyntheticDataContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var random = context.RandomFor(Source);
        var directory = context.Directory;
        var today = SchoolCalendar.Today(time);

        // The data stops at the start of today, so that the same day gives the same data.
        var now = GeneratedTime.Instant(today.ToDateTime(TimeOnly.MinValue));
        var years = directory.SchoolYears.ToLookup(y => y.SchoolId);
        var rosters = SchoolRoster.Of(directory);
        var totals = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);

        // A school is played while the previous one is written.
        var writing = Task.CompletedTask;
        try
        {
            for (var index = 0; index < rosters.Count; index++)
            {
                var roster = rosters[index];
                var rows = new AbsenceRows();
                var year = years[roster.SchoolId].Where(y => y.StartDate <= today).MaxBy(y => y.StartDate);
                var configuredAt = GeneratedTime.Instant((year?.StartDate ?? today).AddDays(-3).ToDateTime(new TimeOnly(9, 0)));
                var reasons = SchoolReasons.For(directory.TenantId, roster.SchoolId, configuredAt, random);
                rows.Reasons.AddRange(reasons);
                if (year is not null)
                {
                    var dates = LessonDays.Between(year.StartDate, today.AddDays(-1) < year.EndDate ? today.AddDays(-1) : year.EndDate);
                    var day = SchoolDay.Default;
                    var timetable = WeeklyTimetable.Build(roster, day, random);
                    new AttendanceSimulator(directory.TenantId, roster, timetable, day, reasons, ThresholdRule.Defaults, AttendanceRates.Typical, now, random)
                        .Simulate(dates, [], rows);
                }

                await writing;
                writing = WriteSchoolAsync(rows, index + 1);
            }
        }
        finally
        {
            await writing;
        }

        foreach (var (table, count) in totals)
        {
            context.Progress.Report(new SyntheticProgress(Source, table, count));
        }

        async Task WriteSchoolAsync(AbsenceRows rows, int schools)
        {
            await rows.WriteAsync(db, totals, cancellationToken);
            if (schools * 10 / rosters.Count > (schools - 1) * 10 / rosters.Count)
            {
                context.Progress.Report(new SyntheticProgress(Source, $"events ({schools}/{rosters.Count} schools)", totals.GetValueOrDefault("events")));
            }
        }
    }
}
