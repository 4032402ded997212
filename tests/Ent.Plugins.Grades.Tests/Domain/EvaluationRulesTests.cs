using Ent.Plugins.Grades.Domain;
using Xunit;

namespace Ent.Plugins.Grades.Tests.Domain;

public sealed class EvaluationRulesTests
{
    [Theory]
    [InlineData(0, null)]
    [InlineData(20, null)]
    [InlineData(12.25, null)]
    [InlineData(20.5, GradeErrorCodes.MarkAboveMaximum)]
    [InlineData(-0.5, GradeErrorCodes.MarkBelowZero)]
    [InlineData(12.125, GradeErrorCodes.MarkTooPrecise)]
    public void A_mark_is_a_number_from_0_to_the_maximum_with_two_decimals(double value, string? expected)
    {
        Assert.Equal(expected, EvaluationRules.CheckMark((decimal)value, null, 20m)?.Code);
    }

    [Fact]
    public void The_maximum_is_the_evaluations_own()
    {
        Assert.Null(EvaluationRules.CheckMark(35m, null, 40m));
        Assert.Equal(GradeErrorCodes.MarkAboveMaximum, EvaluationRules.CheckMark(11m, null, 10m)?.Code);
    }

    [Theory]
    [InlineData(nameof(MarkAnnotation.Absent))]
    [InlineData(nameof(MarkAnnotation.Exempt))]
    [InlineData(nameof(MarkAnnotation.NotGraded))]
    public void Absent_exempt_and_not_graded_marks_have_no_number(string annotationName)
    {
        var annotation = Enum.Parse<MarkAnnotation>(annotationName);
        Assert.Null(EvaluationRules.CheckMark(null, annotation, 20m));
        Assert.Equal(GradeErrorCodes.MarkValueNotAllowed, EvaluationRules.CheckMark(12m, annotation, 20m)?.Code);
    }

    [Fact]
    public void A_bonus_mark_needs_a_number_within_the_scale()
    {
        Assert.Equal(GradeErrorCodes.MarkValueRequired, EvaluationRules.CheckMark(null, MarkAnnotation.Bonus, 20m)?.Code);
        Assert.Equal(GradeErrorCodes.MarkAboveMaximum, EvaluationRules.CheckMark(21m, MarkAnnotation.Bonus, 20m)?.Code);
        Assert.Null(EvaluationRules.CheckMark(15m, MarkAnnotation.Bonus, 20m));
    }

    [Fact]
    public void A_not_significant_mark_may_have_a_number_or_not()
    {
        Assert.Null(EvaluationRules.CheckMark(null, MarkAnnotation.NotSignificant, 20m));
        Assert.Null(EvaluationRules.CheckMark(4m, MarkAnnotation.NotSignificant, 20m));
        Assert.Equal(GradeErrorCodes.MarkBelowZero, EvaluationRules.CheckMark(-1m, MarkAnnotation.NotSignificant, 20m)?.Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(100.5)]
    [InlineData(1.555)]
    public void Coefficients_are_positive_with_two_decimals_at_most(double coefficient)
    {
        Assert.Equal(GradeErrorCodes.InvalidCoefficient, EvaluationRules.CheckCoefficient((decimal)coefficient)?.Code);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1)]
    [InlineData(100)]
    public void Usual_coefficients_are_valid(double coefficient)
    {
        Assert.Null(EvaluationRules.CheckCoefficient((decimal)coefficient));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(-20, false)]
    [InlineData(1000.01, false)]
    [InlineData(10, true)]
    [InlineData(20, true)]
    [InlineData(1000, true)]
    public void Any_positive_scale_up_to_1000_is_a_valid_maximum(double maxMark, bool valid)
    {
        var problem = EvaluationRules.CheckMaxMark((decimal)maxMark);

        Assert.Equal(valid ? null : GradeErrorCodes.InvalidMaximumMark, problem?.Code);
    }

    [Theory]
    [InlineData(null, GradeErrorCodes.Required)]
    [InlineData("  ", GradeErrorCodes.Required)]
    [InlineData("Contrôle de fractions", null)]
    public void An_evaluation_needs_a_title(string? title, string? expected)
    {
        Assert.Equal(expected, EvaluationRules.CheckTitle(title)?.Code);
        Assert.Equal(GradeErrorCodes.TooLong, EvaluationRules.CheckTitle(new string('a', EvaluationRules.TitleMaxLength + 1))?.Code);
    }
}
