using Ent.Plugins.Absences.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Absences.Data;

/// <summary>Adds the alerts that saved changes make pupils reach, in the same transaction.</summary>
internal static class AlertRaiser
{
    /// <summary>
    /// Evaluates the school's thresholds for pupils whose events changed on the given dates, and adds an
    /// alert for each threshold newly reached. The unique index on alerts keeps each one raised once.
    /// </summary>
    /// <returns>The alerts added, to save and then publish.</returns>
    public static async Task<IReadOnlyList<AbsenceAlert>> RaiseAsync(
        AbsencesDbContext db, string tenantId, Guid schoolId, IReadOnlyCollection<Guid> students, IReadOnlyCollection<DateOnly> dates, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (students.Count == 0 || dates.Count == 0)
        {
            return [];
        }

        var rules = await ReadRulesAsync(db, schoolId, cancellationToken);
        var day = SchoolDay.From(await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.SchoolId == schoolId, cancellationToken));
        var firstMonth = dates.Select(AbsenceCounter.MonthOf).Min();
        var afterLastMonth = dates.Select(AbsenceCounter.MonthOf).Max().AddMonths(1);
        var from = firstMonth.ToDateTime(TimeOnly.MinValue);
        var until = afterLastMonth.ToDateTime(TimeOnly.MinValue);

        var rows = await db.Events
            .Where(e => e.TenantId == tenantId && students.Contains(e.StudentId) && e.Kind == AbsenceEventKind.Absence && e.StartsAt < until && e.EndsAt >= from)
            .Select(e => new
            {
                e.StudentId,
                e.StartsAt,
                e.EndsAt,
                FromRollCall = e.RollCallId != null,
                e.State,
                ValidReason = db.Reasons.Any(r => r.Id == e.ReasonId && r.CountsAsValid),
            })
            .ToListAsync(cancellationToken);
        var raised = await db.Alerts
            .Where(a => students.Contains(a.StudentId) && a.WindowStart >= firstMonth && a.WindowStart < afterLastMonth)
            .Select(a => new { a.StudentId, a.Window, a.WindowStart, a.Threshold })
            .ToListAsync(cancellationToken);

        var alerts = new List<AbsenceAlert>();
        foreach (var student in students.Distinct())
        {
            var events = rows.Where(r => r.StudentId == student)
                .Select(r => new CountedEvent(AbsenceEventKind.Absence, r.StartsAt, r.EndsAt, r.FromRollCall, JustificationRules.CountsAsJustified(r.State, r.ValidReason)))
                .ToList();
            var already = raised.Where(a => a.StudentId == student).Select(a => (a.Window, a.WindowStart, a.Threshold)).ToHashSet();
            foreach (var crossing in ThresholdEvaluator.FindCrossings(events, day, rules, dates, already))
            {
                alerts.Add(new AbsenceAlert
                {
                    Id = Guid.CreateVersion7(now),
                    TenantId = tenantId,
                    SchoolId = schoolId,
                    StudentId = student,
                    Window = crossing.Window,
                    WindowStart = crossing.WindowStart,
                    Threshold = crossing.Threshold,
                    UnjustifiedHalfDays = crossing.UnjustifiedHalfDays,
                    RaisedAt = now,
                });
            }
        }

        db.Alerts.AddRange(alerts);
        return alerts;
    }

    private static async Task<IReadOnlyList<ThresholdRule>> ReadRulesAsync(AbsencesDbContext db, Guid schoolId, CancellationToken cancellationToken)
    {
        var rules = await db.Thresholds.Where(t => t.SchoolId == schoolId)
            .Select(t => new ThresholdRule(t.Window, t.UnjustifiedHalfDays))
            .ToListAsync(cancellationToken);
        return rules.Count > 0 ? rules : ThresholdRule.Defaults;
    }
}
