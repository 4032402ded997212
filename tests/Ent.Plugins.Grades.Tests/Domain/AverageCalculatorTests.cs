using Ent.Plugins.Grades.Domain;
using Xunit;

namespace Ent.Plugins.Grades.Tests.Domain;

// Every expected value is computed by hand in the comment above its assertion.
public sealed class AverageCalculatorTests
{
    [Fact]
    public void Marks_out_of_20_with_equal_coefficients_average_plainly()
    {
        // (12 + 15 + 9) / 3 = 12
        var result = Average(Mark(12), Mark(15), Mark(9));

        Assert.Equal(12.00m, result.Average);
        Assert.Equal(3, result.CountedMarks);
    }

    [Fact]
    public void Each_mark_is_brought_back_to_20_first()
    {
        // 7/10 = 14/20, 30/40 = 15/20, 12/20: (14 + 15 + 12) / 3 = 13.666… → 13.67
        var result = Average(Mark(7, max: 10), Mark(30, max: 40), Mark(12));

        Assert.Equal(13.67m, result.Average);
    }

    [Fact]
    public void Coefficients_weight_the_marks()
    {
        // (10×1 + 16×2 + 13×0.5) / (1 + 2 + 0.5) = 48.5 / 3.5 = 13.857… → 13.86
        var result = Average(Mark(10), Mark(16, coefficient: 2), Mark(13, coefficient: 0.5m));

        Assert.Equal(13.86m, result.Average);
    }

    [Fact]
    public void Scales_and_coefficients_combine()
    {
        // 8/10 = 16 (×2), 25/50 = 10 (×1), 14/20 = 14 (×3): (32 + 10 + 42) / 6 = 14
        var result = Average(Mark(8, max: 10, coefficient: 2), Mark(25, max: 50), Mark(14, coefficient: 3));

        Assert.Equal(14.00m, result.Average);
    }

    [Fact]
    public void A_zero_counts_like_any_mark()
    {
        // (0 + 20) / 2 = 10
        Assert.Equal(10.00m, Average(Mark(0), Mark(20)).Average);
    }

    [Theory]
    [InlineData(nameof(MarkAnnotation.Absent))]
    [InlineData(nameof(MarkAnnotation.Exempt))]
    [InlineData(nameof(MarkAnnotation.NotGraded))]
    public void Absent_exempt_and_not_graded_marks_are_left_out(string annotation)
    {
        // (12 + 16) / 2 = 14: the annotated mark is neither a zero nor a weight.
        var result = Average(Mark(12), Annotated(Enum.Parse<MarkAnnotation>(annotation), coefficient: 3), Mark(16));

        Assert.Equal(14.00m, result.Average);
        Assert.Equal(2, result.CountedMarks);
    }

    [Fact]
    public void A_not_significant_mark_is_left_out_even_with_a_number()
    {
        // (12 + 16) / 2 = 14; the 2 is shown but not counted.
        var result = Average(Mark(12), Annotated(MarkAnnotation.NotSignificant, value: 2), Mark(16));

        Assert.Equal(14.00m, result.Average);
        Assert.Equal(2, result.CountedMarks);
    }

    [Fact]
    public void A_bonus_mark_above_the_average_raises_it()
    {
        // Without the bonus: (10 + 12) / 2 = 11. 15 > 11, so it counts: (10 + 12 + 15) / 3 = 12.333… → 12.33
        var result = Average(Mark(10), Mark(12), Bonus(15));

        Assert.Equal(12.33m, result.Average);
        Assert.Equal(2, result.CountedMarks);
        Assert.Equal(1, result.CountedBonusMarks);
    }

    [Fact]
    public void A_bonus_mark_below_the_average_is_left_out()
    {
        // Without the bonus: (14 + 16) / 2 = 15. 12 < 15 would lower it, so it does not count.
        var result = Average(Mark(14), Mark(16), Bonus(12));

        Assert.Equal(15.00m, result.Average);
        Assert.Equal(0, result.CountedBonusMarks);
    }

    [Fact]
    public void A_bonus_mark_equal_to_the_average_is_left_out()
    {
        // 12 does not raise an average of 12.
        var result = Average(Mark(12), Bonus(12));

        Assert.Equal(12.00m, result.Average);
        Assert.Equal(0, result.CountedBonusMarks);
    }

    [Fact]
    public void Bonus_marks_are_taken_from_the_highest_each_while_it_raises_the_average()
    {
        // Start at 10. 18 > 10: (10 + 18) / 2 = 14. Next, 13 < 14: stop; 11 is not counted either.
        var result = Average(Mark(10), Bonus(11), Bonus(13), Bonus(18));

        Assert.Equal(14.00m, result.Average);
        Assert.Equal(1, result.CountedBonusMarks);
    }

    [Fact]
    public void Several_bonus_marks_can_count()
    {
        // Start at 10. 16 > 10: (10 + 16) / 2 = 13. 14 > 13: (10 + 16 + 14) / 3 = 13.333… → 13.33
        var result = Average(Mark(10), Bonus(14), Bonus(16));

        Assert.Equal(13.33m, result.Average);
        Assert.Equal(2, result.CountedBonusMarks);
    }

    [Fact]
    public void A_bonus_mark_keeps_its_scale_and_coefficient()
    {
        // Start at 8. The bonus 9/10 = 18/20 > 8, with coefficient 2: (8 + 18×2) / 3 = 14.666… → 14.67
        var result = Average(Mark(8), Bonus(9, max: 10, coefficient: 2));

        Assert.Equal(14.67m, result.Average);
    }

    [Fact]
    public void Bonus_marks_alone_make_no_average()
    {
        var result = Average(Bonus(18), Bonus(15));

        Assert.Null(result.Average);
    }

    [Fact]
    public void No_marks_yet_make_no_average()
    {
        Assert.Equal(SubjectAverageResult.None, Average());
    }

    [Fact]
    public void All_exempt_make_no_average()
    {
        var result = Average(Annotated(MarkAnnotation.Exempt), Annotated(MarkAnnotation.Exempt));

        Assert.Null(result.Average);
        Assert.Equal(0, result.CountedMarks);
    }

    [Fact]
    public void Averages_round_halves_away_from_zero()
    {
        // (12.25 + 12.44) / 2 = 12.345 exactly → 12.35 (banker's rounding would give 12.34)
        Assert.Equal(12.35m, Average(Mark(12.25m), Mark(12.44m)).Average);
    }

    [Theory]
    [InlineData(10, 10, 11, 10.33)] // 31 / 3 = 10.333…
    [InlineData(10, 11, 11, 10.67)] // 32 / 3 = 10.666…
    public void Averages_round_to_two_decimals(int first, int second, int third, double expected)
    {
        Assert.Equal((decimal)expected, Average(Mark(first), Mark(second), Mark(third)).Average);
    }

    [Fact]
    public void Marks_brought_back_to_20_are_not_rounded_before_the_end()
    {
        // 1.01/40 = 0.505/20 and 1/20: (0.505 + 1) / 2 = 0.7525 → 0.75.
        // Rounding the first mark to 0.51 beforehand would give (0.51 + 1) / 2 = 0.755 → 0.76.
        Assert.Equal(0.75m, Average(Mark(1.01m, max: 40), Mark(1)).Average);
    }

    [Fact]
    public void The_overall_average_weights_the_subject_averages_by_subject_coefficient()
    {
        // (12.50×3 + 14×2 + 16.75×1) / 6 = 82.25 / 6 = 13.708… → 13.71; the subject without an average is left out.
        var overall = AverageCalculator.OverallAverage([(12.50m, 3m), (14.00m, 2m), (16.75m, 1m), (null, 4m)]);

        Assert.Equal(13.71m, overall);
    }

    [Fact]
    public void The_overall_average_is_computed_from_the_subject_averages_as_shown()
    {
        // Subject A: 32/3 = 10.666… shown 10.67; subject B: 12. From the shown values: 22.67 / 2 = 11.335 → 11.34
        // (from the unrounded 10.666… it would be 11.33): a parent checking the report card finds 11.34.
        var first = Average(Mark(10), Mark(11), Mark(11));
        var second = Average(Mark(12));

        var overall = AverageCalculator.OverallAverage([(first.Average, 1m), (second.Average, 1m)]);

        Assert.Equal(11.34m, overall);
    }

    [Fact]
    public void No_subject_average_makes_no_overall_average()
    {
        Assert.Null(AverageCalculator.OverallAverage([(null, 1m)]));
        Assert.Null(AverageCalculator.OverallAverage([]));
    }

    [Fact]
    public void Statistics_give_the_rounded_average_the_minimum_and_the_maximum()
    {
        // (8 + 12.5 + 17 + 11) / 4 = 48.5 / 4 = 12.125 → 12.13
        var statistics = AverageCalculator.Statistics([8m, 12.5m, 17m, 11m]);

        Assert.Equal(new Statistics(12.13m, 8m, 17m, 4), statistics);
    }

    [Fact]
    public void Statistics_of_nothing_are_none()
    {
        Assert.Null(AverageCalculator.Statistics([]));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(nameof(MarkAnnotation.Bonus), true)]
    [InlineData(nameof(MarkAnnotation.NotSignificant), false)]
    [InlineData(nameof(MarkAnnotation.Absent), false)]
    public void Ordinary_and_bonus_marks_enter_an_evaluations_statistics(string? annotationName, bool counts)
    {
        MarkAnnotation? annotation = annotationName is null ? null : Enum.Parse<MarkAnnotation>(annotationName);

        Assert.Equal(counts, AverageCalculator.CountsInStatistics(10m, annotation));
        Assert.False(AverageCalculator.CountsInStatistics(null, annotation));
    }

    [Theory]
    [InlineData(7, 10, 14)]
    [InlineData(30, 40, 15)]
    [InlineData(13.5, 20, 13.5)]
    [InlineData(45, 100, 9)]
    public void Marks_are_brought_back_to_20(double value, double max, double expected)
    {
        Assert.Equal((decimal)expected, AverageCalculator.ToScale((decimal)value, (decimal)max));
    }

    private static SubjectAverageResult Average(params GradedMark[] marks) => AverageCalculator.SubjectAverage(marks);

    private static GradedMark Mark(decimal value, decimal max = 20, decimal coefficient = 1) => new(value, null, max, coefficient);

    private static GradedMark Bonus(decimal value, decimal max = 20, decimal coefficient = 1) => new(value, MarkAnnotation.Bonus, max, coefficient);

    private static GradedMark Annotated(MarkAnnotation annotation, decimal? value = null, decimal coefficient = 1) => new(value, annotation, 20, coefficient);
}
