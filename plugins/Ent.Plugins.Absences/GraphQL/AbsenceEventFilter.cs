using System.ComponentModel;
using Ent.Directory;
using Ent.GraphQL;
using Ent.GraphQL.Ordering;
using Ent.Plugins.Absences.Data;
using Ent.Plugins.Absences.Domain;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Absences.GraphQL;

/// <summary>The filter of lists of events.</summary>
internal sealed class AbsenceEventFilter
{
    public List<AbsenceEventKind>? Kinds { get; set; }

    public List<JustificationState>? States { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public string? Period { get; set; }

    public string? Student { get; set; }

    public string? Class { get; set; }

    public string? School { get; set; }

    /// <summary>A key naming the filter in batch loaders' names.</summary>
    public string CacheKey => string.Join(
        '|',
        string.Join(',', Kinds ?? []),
        string.Join(',', States ?? []),
        From,
        To,
        Period,
        Student,
        Class,
        School);

    /// <summary>Applies the filter, reading a period's dates from the directory.</summary>
    public async Task<IQueryable<AbsenceEvent>> ApplyAsync(IQueryable<AbsenceEvent> events, AbsencesDbContext db, string tenantId, CancellationToken cancellationToken)
    {
        if (Kinds is { Count: > 0 } kinds)
        {
            events = events.Where(e => kinds.Contains(e.Kind));
        }

        if (States is { Count: > 0 } states)
        {
            var nullableStates = states.Select(s => (JustificationState?)s).ToList();
            events = events.Where(e => nullableStates.Contains(e.State));
        }

        var (from, to) = await DateSpan.ResolveAsync(db, tenantId, Period, From, To, cancellationToken);
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

        if (Student is not null)
        {
            var studentId = GlobalId.Decode(Student, CoreTypeNames.Person);
            events = events.Where(e => e.StudentId == studentId);
        }

        if (Class is not null)
        {
            var classId = GlobalId.Decode(Class, CoreTypeNames.Class);
            var enrolled = db.Set<ClassEnrollment>().Where(c => c.ClassId == classId).Select(c => c.StudentId);
            events = events.Where(e => enrolled.Contains(e.StudentId));
        }

        if (School is not null)
        {
            var schoolId = GlobalId.Decode(School, CoreTypeNames.School);
            events = events.Where(e => e.SchoolId == schoolId);
        }

        return events;
    }
}

internal sealed class AbsenceEventFilterType : InputObjectGraphType<AbsenceEventFilter>
{
    public AbsenceEventFilterType()
    {
        Name = "AbsenceEventFilter";
        Description = "Which events to list; every criterion given must hold.";
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<AbsenceEventKind>>>>("kinds").Description("Only events of these kinds.");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<JustificationState>>>>("states").Description("Only events in these justification states (incidents have none).");
        Field<DateOnlyGraphType>("from").Description("Only events that end on or after this date.");
        Field<DateOnlyGraphType>("to").Description("Only events that start on or before this date.");
        Field<IdGraphType>("period").Description("Only events within this period's dates; `from` and `to` narrow it further.");
        Field<IdGraphType>("student").Description("Only this pupil's events.");
        Field<IdGraphType>("class").Description("Only the events of this class's pupils.");
        Field<IdGraphType>("school").Description("Only the events this school recorded.");
    }
}

/// <summary>The fields lists of events can be ordered by.</summary>
internal enum AbsenceEventOrderField
{
    /// <summary>When the event starts.</summary>
    [Description("When the event starts.")]
    StartsAt,

    /// <summary>The event's kind, then when it starts.</summary>
    [Description("The event's kind.")]
    Kind,
}

/// <summary>The orderings of events.</summary>
internal static class AbsenceEventOrdering
{
    public static readonly OrderBy<AbsenceEventOrderField> Default = new(AbsenceEventOrderField.StartsAt, OrderDirection.Desc);

    public static readonly IReadOnlyDictionary<AbsenceEventOrderField, System.Linq.Expressions.Expression<Func<AbsenceEvent, object?>>> Fields =
        new Dictionary<AbsenceEventOrderField, System.Linq.Expressions.Expression<Func<AbsenceEvent, object?>>>
        {
            [AbsenceEventOrderField.StartsAt] = e => e.StartsAt,
            [AbsenceEventOrderField.Kind] = e => e.Kind,
        };

    public static OrderBy<AbsenceEventOrderField>? From(IResolveFieldContext context) =>
        context.GetArgument<OrderBy<AbsenceEventOrderField>?>("orderBy");

    /// <summary>Orders events already loaded, the same way the database would.</summary>
    public static IEnumerable<AbsenceEvent> Sort(IEnumerable<AbsenceEvent> events, OrderBy<AbsenceEventOrderField>? orderBy)
    {
        var order = orderBy ?? Default;
        var sorted = order.Field == AbsenceEventOrderField.Kind
            ? (order.Direction == OrderDirection.Desc ? events.OrderByDescending(e => e.Kind.ToString(), StringComparer.Ordinal) : events.OrderBy(e => e.Kind.ToString(), StringComparer.Ordinal))
            : (order.Direction == OrderDirection.Desc ? events.OrderByDescending(e => e.StartsAt) : events.OrderBy(e => e.StartsAt));
        return order.Direction == OrderDirection.Desc ? sorted.ThenByDescending(e => e.Id) : sorted.ThenBy(e => e.Id);
    }
}

/// <summary>Resolves the span of dates lists and counts cover.</summary>
internal static class DateSpan
{
    /// <summary>Gets the span: a period's dates when one is named, narrowed by <paramref name="from"/> and <paramref name="to"/>.</summary>
    /// <exception cref="ExecutionError">When the period does not exist in the tenant.</exception>
    public static async Task<(DateOnly? From, DateOnly? To)> ResolveAsync(AbsencesDbContext db, string tenantId, string? periodId, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        if (periodId is null)
        {
            return (from, to);
        }

        var key = GlobalId.Decode(periodId, CoreTypeNames.Period);
        var period = await db.Set<Period>().Where(p => p.Id == key && p.TenantId == tenantId)
            .Select(p => new { p.StartDate, p.EndDate })
            .FirstOrDefaultAsync(cancellationToken) ?? throw EntErrors.NotFound(CoreTypeNames.Period);
        return (from is { } f && f > period.StartDate ? f : period.StartDate, to is { } t && t < period.EndDate ? t : period.EndDate);
    }
}
