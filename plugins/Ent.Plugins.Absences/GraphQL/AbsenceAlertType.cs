using Ent.Directory;
using Ent.GraphQL;
using Ent.Plugins.Absences.Domain;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Absences.GraphQL;

internal sealed class AbsenceAlertType : NodeGraphType<AbsenceAlert>
{
    public AbsenceAlertType()
    {
        Name = "AbsenceAlert";
        Description = "A threshold of unjustified half-days a pupil reached; raised once per pupil, window and threshold.";
        Field("student", CoreTypes.NonNull(CoreTypeNames.Person)).Description("The pupil.")
            .Resolve(context => AbsenceLoaders.ById<Person>(context, context.Source.StudentId));
        Field("school", CoreTypes.NonNull(CoreTypeNames.School)).Description("The school.")
            .Resolve(context => AbsenceLoaders.ById<School>(context, context.Source.SchoolId));
        Field<NonNullGraphType<EnumerationGraphType<ThresholdWindow>>>("window").Description("The window counted over.").Resolve(context => context.Source.Window);
        Field<NonNullGraphType<DateOnlyGraphType>>("windowStart").Description("The first day of the window, such as the first of the month.").Resolve(context => context.Source.WindowStart);
        Field(a => a.Threshold).Description("The number of unjustified half-days that raised it.");
        Field(a => a.UnjustifiedHalfDays).Description("The pupil's unjustified half-days in the window when it was raised.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("raisedAt").Description("When it was raised.").Resolve(context => context.Source.RaisedAt);
    }

    protected override Guid GetKey(AbsenceAlert source) => source.Id;

    public override async ValueTask<object?> ResolveNodeAsync(IResolveFieldContext context, Guid key)
    {
        await using var db = await AbsenceLoaders.CreateAsync(context, context.CancellationToken);
        return await AbsenceAccess.VisibleAlerts(db, context.Policy()).AsNoTracking().FirstOrDefaultAsync(a => a.Id == key, context.CancellationToken);
    }
}

/// <summary>A school's absence settings, with its defaults filled in.</summary>
internal sealed record AbsenceSettings(Guid SchoolId, SchoolDay Day, IReadOnlyList<ThresholdRule> Thresholds, bool IsDefault);

internal sealed class AbsenceSettingsType : ObjectGraphType<AbsenceSettings>
{
    public AbsenceSettingsType()
    {
        Name = "AbsenceSettings";
        Description = "A school's school-day hours and alert thresholds, which counting uses.";
        Field<NonNullGraphType<TimeOnlyGraphType>>("morningStartsAt").Description("When the morning's first lesson starts.").Resolve(context => context.Source.Day.MorningStartsAt);
        Field<NonNullGraphType<TimeOnlyGraphType>>("morningEndsAt").Description("When the morning's last lesson ends.").Resolve(context => context.Source.Day.MorningEndsAt);
        Field<NonNullGraphType<TimeOnlyGraphType>>("afternoonStartsAt").Description("When the afternoon starts: the boundary between the two half-days.").Resolve(context => context.Source.Day.AfternoonStartsAt);
        Field<NonNullGraphType<TimeOnlyGraphType>>("afternoonEndsAt").Description("When the afternoon's last lesson ends.").Resolve(context => context.Source.Day.AfternoonEndsAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AbsenceThresholdType>>>>("thresholds").Description("The alert thresholds, smallest first.").Resolve(context => context.Source.Thresholds);
        Field<NonNullGraphType<BooleanGraphType>>("isDefault").Description("Whether the school uses the defaults: 8:00–12:00, 13:30–17:30, and four unjustified half-days in a month.").Resolve(context => context.Source.IsDefault);
    }
}

internal sealed class AbsenceThresholdType : ObjectGraphType<ThresholdRule>
{
    public AbsenceThresholdType()
    {
        Name = "AbsenceThreshold";
        Description = "A number of unjustified half-days over a window that raises an alert when reached.";
        Field<NonNullGraphType<EnumerationGraphType<ThresholdWindow>>>("window").Description("The window counted over.").Resolve(context => context.Source.Window);
        Field(t => t.UnjustifiedHalfDays).Description("The number of unjustified half-days.");
    }
}
