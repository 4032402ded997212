namespace Ent.Plugins.Grades.Domain;

/// <summary>A mark as the averages see it: its number and annotation, and its evaluation's scale and weight.</summary>
/// <param name="Value">The number, if any.</param>
/// <param name="Annotation">The annotation, if any.</param>
/// <param name="MaxMark">The evaluation's maximum mark.</param>
/// <param name="Coefficient">The evaluation's coefficient.</param>
internal readonly record struct GradedMark(decimal? Value, MarkAnnotation? Annotation, decimal MaxMark, decimal Coefficient);

/// <summary>A student's average in a subject, or none when no mark counts.</summary>
/// <param name="Average">The average out of 20, rounded to <see cref="AverageCalculator.Decimals"/> decimals.</param>
/// <param name="CountedMarks">The ordinary marks counted.</param>
/// <param name="CountedBonusMarks">The bonus marks counted because they raised the average.</param>
internal sealed record SubjectAverageResult(decimal? Average, int CountedMarks, int CountedBonusMarks)
{
    public static SubjectAverageResult None { get; } = new(null, 0, 0);
}

/// <summary>The average, minimum and maximum of a set of numbers, the average rounded.</summary>
/// <param name="Average">The plain average, rounded to <see cref="AverageCalculator.Decimals"/> decimals.</param>
/// <param name="Minimum">The smallest number.</param>
/// <param name="Maximum">The largest number.</param>
/// <param name="Count">How many numbers.</param>
internal sealed record Statistics(decimal Average, decimal Minimum, decimal Maximum, int Count);

/// <summary>
/// Computes averages the one way the server publishes them; docs/plugins/grades.md explains the method to
/// parents and must change with it.
/// </summary>
/// <remarks>
/// Nothing is rounded until the end: a mark brought back to /20 keeps full precision, and only the averages
/// shown are rounded, to two decimals, halves away from zero (12.345 gives 12.35). The overall average is
/// computed from the subject averages as shown, so that anyone can check it from a report card.
/// </remarks>
internal static class AverageCalculator
{
    /// <summary>The scale every average is given on.</summary>
    public const decimal Scale = 20m;

    /// <summary>The decimals averages are rounded to.</summary>
    public const int Decimals = 2;

    /// <summary>Brings a mark back to /20: 7 out of 10 is 14, 30 out of 40 is 15.</summary>
    /// <param name="value">The mark.</param>
    /// <param name="maxMark">The maximum of its evaluation.</param>
    /// <returns>The mark out of 20, unrounded.</returns>
    public static decimal ToScale(decimal value, decimal maxMark) =>
        maxMark == Scale ? value : value * Scale / maxMark;

    /// <summary>Rounds an average for display: two decimals, halves away from zero.</summary>
    /// <param name="value">The unrounded average.</param>
    /// <returns>The rounded average.</returns>
    public static decimal Round(decimal value) => Math.Round(value, Decimals, MidpointRounding.AwayFromZero);

    /// <summary>
    /// A student's average in a subject over a period: each counted mark brought back to /20 and weighted by
    /// its evaluation's coefficient. Absent, exempt, not graded and not significant marks are left out
    /// entirely. Bonus marks are then taken from the highest down, each counted only if it is above the
    /// average reached so far (so that it raises it); bonus marks alone make no average.
    /// </summary>
    /// <param name="marks">The student's marks in the subject and period.</param>
    /// <returns>The average, or <see cref="SubjectAverageResult.None"/> when no ordinary mark counts.</returns>
    public static SubjectAverageResult SubjectAverage(IEnumerable<GradedMark> marks)
    {
        ArgumentNullException.ThrowIfNull(marks);
        decimal weightedSum = 0, weights = 0;
        var counted = 0;
        var bonuses = new List<(decimal OnScale, decimal Coefficient)>();
        foreach (var mark in marks)
        {
            if (mark.Value is not { } value)
            {
                continue;
            }

            switch (mark.Annotation)
            {
                case null:
                    weightedSum += ToScale(value, mark.MaxMark) * mark.Coefficient;
                    weights += mark.Coefficient;
                    counted++;
                    break;
                case MarkAnnotation.Bonus:
                    bonuses.Add((ToScale(value, mark.MaxMark), mark.Coefficient));
                    break;
                default:
                    break;
            }
        }

        if (counted == 0)
        {
            return SubjectAverageResult.None;
        }

        var countedBonuses = 0;
        foreach (var (onScale, coefficient) in bonuses.OrderByDescending(bonus => bonus.OnScale))
        {
            // onScale > weightedSum / weights, without the division's rounding.
            if (onScale * weights <= weightedSum)
            {
                break;
            }

            weightedSum += onScale * coefficient;
            weights += coefficient;
            countedBonuses++;
        }

        return new SubjectAverageResult(Round(weightedSum / weights), counted, countedBonuses);
    }

    /// <summary>
    /// The overall average: the subject averages as shown (rounded), weighted by the subjects' coefficients.
    /// Subjects without an average are left out.
    /// </summary>
    /// <param name="subjects">Each subject's rounded average, if any, and coefficient.</param>
    /// <returns>The overall average, or <see langword="null"/> when no subject has an average.</returns>
    public static decimal? OverallAverage(IEnumerable<(decimal? Average, decimal Coefficient)> subjects)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        decimal weightedSum = 0, weights = 0;
        foreach (var (average, coefficient) in subjects)
        {
            if (average is { } value)
            {
                weightedSum += value * coefficient;
                weights += coefficient;
            }
        }

        return weights == 0 ? null : Round(weightedSum / weights);
    }

    /// <summary>Whether a mark enters an evaluation's statistics: it has a number and is ordinary or bonus.</summary>
    /// <param name="value">The mark's number, if any.</param>
    /// <param name="annotation">The mark's annotation, if any.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public static bool CountsInStatistics(decimal? value, MarkAnnotation? annotation) =>
        value is not null && annotation is null or MarkAnnotation.Bonus;

    /// <summary>The plain average, minimum and maximum of some numbers.</summary>
    /// <param name="values">The numbers: the marks of an evaluation, or the students' averages in a subject.</param>
    /// <returns>The statistics, or <see langword="null"/> when there is no number.</returns>
    public static Statistics? Statistics(IEnumerable<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        decimal sum = 0, minimum = decimal.MaxValue, maximum = decimal.MinValue;
        var count = 0;
        foreach (var value in values)
        {
            sum += value;
            minimum = Math.Min(minimum, value);
            maximum = Math.Max(maximum, value);
            count++;
        }

        return count == 0 ? null : new Statistics(Round(sum / count), minimum, maximum, count);
    }
}
