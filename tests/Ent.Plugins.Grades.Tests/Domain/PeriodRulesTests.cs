using Ent.Directory;
using Ent.Plugins.Grades.Domain;
using Xunit;

namespace Ent.Plugins.Grades.Tests.Domain;

public sealed class PeriodRulesTests
{
    private static readonly Period Trimester = new()
    {
        TenantId = "t",
        Name = "Trimestre 1",
        StartDate = new DateOnly(2026, 9, 1),
        EndDate = new DateOnly(2026, 11, 30),
        EntryClosesOn = new DateOnly(2026, 11, 27),
        CouncilDate = new DateOnly(2026, 12, 3),
        ReportCardsPublishedOn = new DateOnly(2026, 12, 10),
    };

    [Fact]
    public void Entry_is_open_until_the_end_of_entry_day_included()
    {
        Assert.True(PeriodRules.IsOpenForEntry(Trimester, new DateOnly(2026, 11, 27)));
        Assert.False(PeriodRules.IsOpenForEntry(Trimester, new DateOnly(2026, 11, 28)));
    }

    [Fact]
    public void The_councils_opinion_is_written_until_the_council_meets()
    {
        Assert.True(PeriodRules.IsOpenForOpinion(Trimester, new DateOnly(2026, 12, 3)));
        Assert.False(PeriodRules.IsOpenForOpinion(Trimester, new DateOnly(2026, 12, 4)));
    }

    [Fact]
    public void Without_a_council_date_the_opinion_closes_with_entry()
    {
        var period = new Period { TenantId = "t", Name = "S1", EntryClosesOn = new DateOnly(2027, 1, 20) };

        Assert.True(PeriodRules.IsOpenForOpinion(period, new DateOnly(2027, 1, 20)));
        Assert.False(PeriodRules.IsOpenForOpinion(period, new DateOnly(2027, 1, 21)));
    }

    [Fact]
    public void Report_cards_reach_families_on_their_publication_day()
    {
        Assert.False(PeriodRules.IsReportCardPublished(Trimester, new DateOnly(2026, 12, 9)));
        Assert.True(PeriodRules.IsReportCardPublished(Trimester, new DateOnly(2026, 12, 10)));
        Assert.False(PeriodRules.IsReportCardPublished(new Period { TenantId = "t", Name = "T2" }, new DateOnly(2030, 1, 1)));
    }
}
