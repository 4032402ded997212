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

    public string? SubjectId { get; set; }

    public string? ClassId { get; set; }

    public string? GroupId { get; set; }

    public bool? Mine { get; set; }

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

        if (SubjectId is not null)
        {
            var subjectId = GlobalId.Decode(SubjectId, CoreTypeNames.Subject);
            rollCalls = rollCalls.Where(r => r.SubjectId == subjectId);
        }

        if (ClassId is not null)
        {
            var classId = GlobalId.Decode(ClassId, CoreTypeNames.Class);
            rollCalls = rollCalls.Where(r => r.ClassId == classId);
        }

        if (GroupId is not null)
        {
            var groupId = GlobalId.Decode(GroupId, CoreTypeNames.TeachingGroup);
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
        Field<IdGraphType>("subjectId").Description("Only lessons of this subject.");
        Field<IdGraphType>("classId").Description("Only lessons of this class.");
        Field<IdGraphType>("groupId").Description("Only lessons of this teaching group.");
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
}
