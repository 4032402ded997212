using Ent.Access;
using Ent.GraphQL.Loading;
using Ent.Plugins.Absences.Data;
using Ent.Plugins.Absences.Domain;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Absences.GraphQL;

/// <summary>What counting a pupil needs: their events within a span and their school's day.</summary>
internal sealed record StudentRecord(IReadOnlyList<CountedEvent> Events, SchoolDay Day, DateOnly? From, DateOnly? To)
{
    public AbsenceCounts Count() => AbsenceCounter.Count(Events, Day, From, To);

    public IReadOnlyList<MonthlyAbsenceCounts> CountByMonth() => AbsenceCounter.CountByMonth(Events, Day, From, To);
}

/// <summary>
/// Loads pupils' countable events in a fixed number of statements, whatever the number of pupils: the
/// period (when named), the pupils the viewer sees, their events, and their schools' settings.
/// </summary>
internal static class StudentCounts
{
    /// <summary>Loads a pupil's record, batched with the other pupils asked for with the same span.</summary>
    /// <returns>The record, or <see langword="null"/> when the viewer does not see the pupil.</returns>
    public static IDataLoaderResult<StudentRecord?> Load(IResolveFieldContext context, Guid studentId)
    {
        var periodId = context.GetArgument<string?>("period");
        var from = context.GetArgument<DateOnly?>("from");
        var to = context.GetArgument<DateOnly?>("to");
        var policy = context.Policy();
        return context.GetBatchLoader<Guid, StudentRecord>($"absences.studentRecords|{periodId}|{from}|{to}", async (keys, cancellationToken) =>
        {
            await using var db = await AbsenceLoaders.CreateAsync(context, cancellationToken);
            var (start, end) = await DateSpan.ResolveAsync(db, policy.Viewer.TenantId, periodId, from, to, cancellationToken);
            return await LoadAsync(db, policy, keys, start, end, cancellationToken);
        }).Load(studentId);
    }

    /// <summary>Loads the records of the pupils the viewer sees among <paramref name="students"/>.</summary>
    public static async Task<IReadOnlyDictionary<Guid, StudentRecord>> LoadAsync(
        AbsencesDbContext db, IAccessPolicy policy, IReadOnlyCollection<Guid> students, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var visible = await policy.VisibleStudents(db).Where(id => students.Contains(id)).ToListAsync(cancellationToken);
        if (visible.Count == 0)
        {
            return new Dictionary<Guid, StudentRecord>();
        }

        var events = AbsenceAccess.VisibleEvents(db, policy).Where(e => visible.Contains(e.StudentId));
        if (from is { } start)
        {
            var startsAt = start.ToDateTime(TimeOnly.MinValue);
            events = events.Where(e => e.EndsAt >= startsAt);
        }

        if (to is { } end)
        {
            var endsBefore = end.AddDays(1).ToDateTime(TimeOnly.MinValue);
            events = events.Where(e => e.StartsAt < endsBefore);
        }

        var rows = await events
            .Select(e => new
            {
                e.StudentId,
                e.SchoolId,
                e.Kind,
                e.StartsAt,
                e.EndsAt,
                e.LateMinutes,
                FromRollCall = e.RollCallId != null,
                e.State,
                ValidReason = db.Reasons.Any(r => r.Id == e.ReasonId && r.CountsAsValid),
            })
            .ToListAsync(cancellationToken);

        var schools = rows.Select(r => r.SchoolId).Distinct().ToList();
        var settings = schools.Count == 0
            ? []
            : await db.Settings.AsNoTracking().Where(s => schools.Contains(s.SchoolId)).ToDictionaryAsync(s => s.SchoolId, cancellationToken);

        var byStudent = rows.ToLookup(r => r.StudentId);
        return visible.Distinct().ToDictionary(
            id => id,
            id =>
            {
                var own = byStudent[id].ToList();
                var school = own.OrderByDescending(r => r.StartsAt).Select(r => (Guid?)r.SchoolId).FirstOrDefault();
                var day = SchoolDay.From(school is { } s ? settings.GetValueOrDefault(s) : null);
                return new StudentRecord(
                    [.. own.Select(r => new CountedEvent(r.Kind, r.StartsAt, r.EndsAt, r.FromRollCall, JustificationRules.CountsAsJustified(r.State, r.ValidReason), r.LateMinutes))],
                    day,
                    from,
                    to);
            });
    }
}
