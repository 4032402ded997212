using Ent.Directory;
using Ent.GraphQL;
using Ent.Plugins.Absences.Domain;
using GraphQL.Types;

namespace Ent.Plugins.Absences.GraphQL;

internal sealed class AbsenceCountsType : ObjectGraphType<AbsenceCounts>
{
    public AbsenceCountsType()
    {
        Name = "AbsenceCounts";
        Description = "A pupil's counts over a span of dates, computed by the server as docs/plugins/absences.md explains.";
        Field(c => c.HalfDays).Description("The half-days (demi-journées) with at least one absence.");
        Field(c => c.JustifiedHalfDays).Description("The half-days whose every absence is justified by a valid reason.");
        Field(c => c.UnjustifiedHalfDays).Description("The half-days with at least one absence not justified by a valid reason.");
        Field<NonNullGraphType<FloatGraphType>>("hours").Description("The hours of absence, overlaps counted once.").Resolve(context => Hours(context.Source.AbsenceMinutes));
        Field<NonNullGraphType<FloatGraphType>>("justifiedHours").Description("The hours of absence justified by a valid reason.").Resolve(context => Hours(context.Source.JustifiedAbsenceMinutes));
        Field<NonNullGraphType<FloatGraphType>>("unjustifiedHours").Description("The hours covered by an absence not justified by a valid reason.").Resolve(context => Hours(context.Source.UnjustifiedAbsenceMinutes));
        Field(c => c.Latenesses).Description("The latenesses (retards).");
        Field(c => c.JustifiedLatenesses).Description("The latenesses justified by a valid reason.");
        Field(c => c.UnjustifiedLatenesses).Description("The latenesses not justified by a valid reason.");
        Field(c => c.LateMinutes).Description("The minutes of all latenesses.");
        Field(c => c.EarlyDepartures).Description("The early departures.");
        Field(c => c.Incidents).Description("The incidents.");
    }

    private static double Hours(int minutes) => Math.Round(minutes / 60.0, 2);
}

internal sealed class MonthlyAbsenceCountsType : ObjectGraphType<MonthlyAbsenceCounts>
{
    public MonthlyAbsenceCountsType()
    {
        Name = "MonthlyAbsenceCounts";
        Description = "A pupil's counts over one calendar month.";
        Field<NonNullGraphType<DateOnlyGraphType>>("month").Description("The first day of the month.").Resolve(context => context.Source.Month);
        Field<NonNullGraphType<AbsenceCountsType>>("counts").Description("The counts of the month.").Resolve(context => context.Source.Counts);
    }
}

/// <summary>A pupil's counts, in a class's statistics.</summary>
internal sealed record StudentAbsenceCounts(Person Student, AbsenceCounts Counts);

internal sealed class StudentAbsenceCountsType : ObjectGraphType<StudentAbsenceCounts>
{
    public StudentAbsenceCountsType()
    {
        Name = "StudentAbsenceCounts";
        Description = "A pupil's counts in a class's statistics.";
        Field("student", CoreTypes.NonNull(CoreTypeNames.Person)).Description("The pupil.").Resolve(context => context.Source.Student);
        Field<NonNullGraphType<AbsenceCountsType>>("counts").Description("The pupil's counts.").Resolve(context => context.Source.Counts);
    }
}

/// <summary>The statistics of a class over a span of dates.</summary>
internal sealed record ClassAbsenceStatistics(SchoolClass Class, DateOnly? From, DateOnly? To, IReadOnlyList<StudentAbsenceCounts> Students);

internal sealed class ClassAbsenceStatisticsType : ObjectGraphType<ClassAbsenceStatistics>
{
    public ClassAbsenceStatisticsType()
    {
        Name = "ClassAbsenceStatistics";
        Description = "A class's absences over a span of dates, pupil by pupil and in total.";
        Field("class", CoreTypes.NonNull(CoreTypeNames.Class)).Description("The class.").Resolve(context => context.Source.Class);
        Field<DateOnlyGraphType>("from").Description("The first date counted; null for no bound.").Resolve(context => context.Source.From);
        Field<DateOnlyGraphType>("to").Description("The last date counted; null for no bound.").Resolve(context => context.Source.To);
        Field<NonNullGraphType<AbsenceCountsType>>("totals").Description("The sums of the pupils' counts.")
            .Resolve(context => context.Source.Students.Select(s => s.Counts).Aggregate(AbsenceCounts.None, (sum, c) => new AbsenceCounts(
                sum.HalfDays + c.HalfDays,
                sum.UnjustifiedHalfDays + c.UnjustifiedHalfDays,
                sum.AbsenceMinutes + c.AbsenceMinutes,
                sum.UnjustifiedAbsenceMinutes + c.UnjustifiedAbsenceMinutes,
                sum.Latenesses + c.Latenesses,
                sum.UnjustifiedLatenesses + c.UnjustifiedLatenesses,
                sum.LateMinutes + c.LateMinutes,
                sum.EarlyDepartures + c.EarlyDepartures,
                sum.Incidents + c.Incidents)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StudentAbsenceCountsType>>>>("students")
            .Description("Each pupil of the class with their counts, by last then first name.")
            .Resolve(context => context.Source.Students);
    }
}
