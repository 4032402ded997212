using Ent.Plugins.Grades.Domain;
using Xunit;

namespace Ent.Plugins.Grades.Tests.Domain;

public sealed class StatisticsPrivacyTests
{
    [Theory]
    [InlineData(4, false, false)]
    [InlineData(5, false, true)]
    [InlineData(1, true, true)]
    public void Statistics_are_disclosed_from_five_values_or_to_those_who_see_each_one(int count, bool seesEveryValue, bool disclosed)
    {
        var statistics = new Statistics(12m, 8m, 16m, count);

        Assert.Equal(disclosed, StatisticsPrivacy.Disclose(statistics, seesEveryValue) is not null);
    }
}
