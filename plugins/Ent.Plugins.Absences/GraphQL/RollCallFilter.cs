using System.ComponentModel;
using Ent.GraphQL;
using Ent.GraphQL.Ordering;
using Ent.Plugins.Absences.Domain;
using GraphQL;
using GraphQL.Types;

namespace Ent.Plugins.Absences.GraphQL;

/// <summary>The filter of lists of roll calls.</summary>
internal sealed class RollCallFilter
{
    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public string? Subject { get; set; }

    public string? Class { get; set; }

    public string? Group { get; set; }

    public bool? Mine { get; set; }

    /// <summary>A key naming the filter in batch loaders' names.</summary>
    public string CacheKey => string.Join('|', From, To, Subject, Class, Group, Mine);

    public IQueryable<RollCall> Apply(IQueryable<RollCall> rollCalls, Guid? viewerId)
    {
        if (From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue);
            rollCalls = rollCalls.Where(r => r.StartsAt >= start);
        }

        if (To is { } to)
        {
            var endsBefore = to.AddDays(1).ToDateTime(TimeOnly.MinValue);
            rollCalls = rollCalls.Where(r => r.StartsAt < endsBefore);
        }

        if (Subject is not null)
        {
            var subjectId = GlobalId.Decode(Subject, CoreTypeNames.Subject);
            rollCalls = rollCalls.Where(r => r.SubjectId == subjectId);
        }

        if (Class is not null)
        {
            var classId = GlobalId.Decode(Class, CoreTypeNames.Class);
            rollCalls = rollCalls.Where(r => r.ClassId == classId);
        }

        if (Group is not null)
        {
            var groupId = GlobalId.Decode(Group, CoreTypeNames.TeachingGroup);
            rollCalls = rollCalls.Where(r => r.GroupId == groupId);
        }

        if (Mine == true)
        {
            var me = viewerId ?? Guid.Empty;
            rollCalls = rollCalls.Where(r => r.TeacherId == me);
        }

        return rollCalls;
    }
}

internal sealed class RollCallFilterType : InputObjectGraphType<RollCallFilter>
{
    public RollCallFilterType()
    {
        Name = "RollCallFilter";
        Description = "Which roll calls to list; every criterion given must hold.";
        Field<DateOnlyGraphType>("from").Description("Only lessons on or after this date.");
        Field<DateOnlyGraphType>("to").Description("Only lessons on or before this date.");
        Field<IdGraphType>("subject").Description("Only lessons of this subject.");
        Field<IdGraphType>("class").Description("Only lessons of this class.");
        Field<IdGraphType>("group").Description("Only lessons of this teaching group.");
        Field<BooleanGraphType>("mine").Description("Only the lessons the viewer teaches.");
    }
}

/// <summary>The fields lists of roll calls can be ordered by.</summary>
internal enum RollCallOrderField
{
    /// <summary>When the lesson starts.</summary>
    [Description("When the lesson starts.")]
    StartsAt,
}

internal static class RollCallOrdering
{
    public static readonly OrderBy<RollCallOrderField> Default = new(RollCallOrderField.StartsAt, OrderDirection.Desc);

    public static readonly IReadOnlyDictionary<RollCallOrderField, System.Linq.Expressions.Expression<Func<RollCall, object?>>> Fields =
        new Dictionary<RollCallOrderField, System.Linq.Expressions.Expression<Func<RollCall, object?>>>
        {
            [RollCallOrderField.StartsAt] = r => r.StartsAt,
        };

    public static OrderBy<RollCallOrderField>? From(IResolveFieldContext context) =>
        context.GetArgument<OrderBy<RollCallOrderField>?>("orderBy");

    /// <summary>A key naming the order in batch loaders' names.</summary>
    public static string CacheKey(OrderBy<RollCallOrderField>? orderBy) => $"{orderBy?.Field}|{orderBy?.Direction}";

    /// <summary>Orders roll calls in memory as <see cref="QueryableOrdering"/> orders them in the database (by start, the only field).</summary>
    public static IEnumerable<RollCall> Sort(IEnumerable<RollCall> rollCalls, OrderBy<RollCallOrderField>? orderBy) =>
        (orderBy ?? Default).Direction == OrderDirection.Desc
            ? rollCalls.OrderByDescending(r => r.StartsAt).ThenByDescending(r => r.Id)
            : rollCalls.OrderBy(r => r.StartsAt).ThenBy(r => r.Id);

    /// <summary>Takes, in one query, the first roll calls of each class of a query, in the requested order.</summary>
    /// <remarks>
    /// EF Core turns this into <c>ROW_NUMBER() OVER (PARTITION BY …)</c> on both engines, as long as the
    /// correlation is a plain equality of columns; anything else needs APPLY, which SQLite lacks.
    /// </remarks>
    public static IQueryable<RollCall> FirstOfEachClass(IQueryable<RollCall> rollCalls, OrderBy<RollCallOrderField>? orderBy, int count)
    {
        var classes = rollCalls.Select(r => r.ClassId).Distinct();
        return (orderBy ?? Default).Direction == OrderDirection.Desc
            ? classes.SelectMany(c => rollCalls.Where(r => r.ClassId == c).OrderByDescending(r => r.StartsAt).ThenByDescending(r => r.Id).Take(count))
            : classes.SelectMany(c => rollCalls.Where(r => r.ClassId == c).OrderBy(r => r.StartsAt).ThenBy(r => r.Id).Take(count));
    }

    /// <summary>Takes, in one query, the first roll calls of each teaching group of a query, in the requested order.</summary>
    public static IQueryable<RollCall> FirstOfEachGroup(IQueryable<RollCall> rollCalls, OrderBy<RollCallOrderField>? orderBy, int count)
    {
        var groups = rollCalls.Select(r => r.GroupId).Distinct();
        return (orderBy ?? Default).Direction == OrderDirection.Desc
            ? groups.SelectMany(g => rollCalls.Where(r => r.GroupId == g).OrderByDescending(r => r.StartsAt).ThenByDescending(r => r.Id).Take(count))
            : groups.SelectMany(g => rollCalls.Where(r => r.GroupId == g).OrderBy(r => r.StartsAt).ThenBy(r => r.Id).Take(count));
    }
}
