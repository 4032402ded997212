using Ent.Directory;
using Ent.Plugins.Grades.Domain;
using Xunit;

namespace Ent.Plugins.Grades.Tests.Domain;

public sealed class ClassPeriodsTests
{
    private static readonly Guid School = Guid.NewGuid();
    private static readonly Guid OtherSchool = Guid.NewGuid();
    private static readonly Guid ThisYear = Guid.NewGuid();
    private static readonly Guid LastYear = Guid.NewGuid();
    private static readonly Guid Class = Guid.NewGuid();

    [Fact]
    public void A_class_without_periods_of_its_own_has_its_schools()
    {
        Period[] candidates = [Trimester(School, ThisYear, 1, null), Trimester(School, ThisYear, 2, null), Trimester(OtherSchool, ThisYear, 1, null)];

        var periods = ClassPeriods.Of(candidates, Class, School);

        Assert.Equal([candidates[0], candidates[1]], periods);
    }

    [Fact]
    public void A_class_with_its_own_periods_for_a_year_has_only_those_that_year()
    {
        var schoolThisYear = Trimester(School, ThisYear, 1, null);
        var schoolLastYear = Trimester(School, LastYear, 3, null, yearStart: 2025);
        var ownSemester = Trimester(School, ThisYear, 1, Class);

        var periods = ClassPeriods.Of([schoolThisYear, schoolLastYear, ownSemester], Class, School);

        Assert.Equal([schoolLastYear, ownSemester], periods);
    }

    [Fact]
    public void The_current_period_is_the_last_one_started()
    {
        Period[] periods = [Trimester(School, ThisYear, 1, null), Trimester(School, ThisYear, 2, null)];

        Assert.Null(ClassPeriods.Current(periods, new DateOnly(2026, 8, 31)));
        Assert.Equal(periods[0], ClassPeriods.Current(periods, new DateOnly(2026, 11, 16)));
        Assert.Equal(periods[1], ClassPeriods.Current(periods, new DateOnly(2027, 1, 4)));
    }

    private static Period Trimester(Guid school, Guid year, int number, Guid? classId, int yearStart = 2026) => new()
    {
        Id = Guid.NewGuid(),
        TenantId = "t",
        SchoolId = school,
        SchoolYearId = year,
        ClassId = classId,
        Name = $"T{number}",
        Number = number,
        StartDate = number switch { 1 => new(yearStart, 9, 1), 2 => new(yearStart, 12, 1), _ => new(yearStart + 1, 3, 8) },
    };
}
