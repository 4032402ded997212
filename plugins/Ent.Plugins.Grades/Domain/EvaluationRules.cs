using System.Globalization;

namespace Ent.Plugins.Grades.Domain;

/// <summary>What makes an evaluation's settings valid.</summary>
internal static class EvaluationRules
{
    public const decimal DefaultCoefficient = 1m;
    public const decimal DefaultMaxMark = 20m;

    /// <summary>The largest coefficient accepted, for evaluations and subjects alike.</summary>
    public const decimal MaxCoefficient = 100m;

    /// <summary>The largest maximum mark accepted.</summary>
    public const decimal MaxMaxMark = 1000m;

    /// <summary>The decimals a mark, a coefficient or a maximum may have: 12.25 is fine, 12.125 is not.</summary>
    public const int Decimals = 2;

    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 2000;
    public const int CommentMaxLength = 2000;

    public static GradeProblem? CheckCoefficient(decimal coefficient)
    {
        if (coefficient <= 0 || coefficient > MaxCoefficient)
        {
            return new(GradeErrorCodes.InvalidCoefficient, $"A coefficient is greater than 0 and at most {Format(MaxCoefficient)}.");
        }

        return HasTooManyDecimals(coefficient)
            ? new(GradeErrorCodes.InvalidCoefficient, $"A coefficient has at most {Decimals} decimals.")
            : null;
    }

    public static GradeProblem? CheckMaxMark(decimal maxMark)
    {
        if (maxMark <= 0 || maxMark > MaxMaxMark)
        {
            return new(GradeErrorCodes.InvalidMaximumMark, $"The maximum mark is greater than 0 and at most {Format(MaxMaxMark)}.");
        }

        return HasTooManyDecimals(maxMark)
            ? new(GradeErrorCodes.InvalidMaximumMark, $"The maximum mark has at most {Decimals} decimals.")
            : null;
    }

    public static GradeProblem? CheckTitle(string? title) =>
        string.IsNullOrWhiteSpace(title)
            ? new(GradeErrorCodes.Required, "An evaluation needs a title.")
            : CheckLength(title, TitleMaxLength);

    public static GradeProblem? CheckLength(string? text, int maxLength) =>
        text is not null && text.Length > maxLength
            ? new(GradeErrorCodes.TooLong, $"This text is longer than {maxLength} characters.")
            : null;

    /// <summary>Checks a mark against its evaluation's maximum.</summary>
    /// <param name="value">The number, if any.</param>
    /// <param name="annotation">The annotation, if any.</param>
    /// <param name="maxMark">The evaluation's maximum mark.</param>
    /// <returns>The first problem, or <see langword="null"/>.</returns>
    public static GradeProblem? CheckMark(decimal? value, MarkAnnotation? annotation, decimal maxMark)
    {
        switch (annotation)
        {
            case MarkAnnotation.Absent or MarkAnnotation.Exempt or MarkAnnotation.NotGraded when value is not null:
                return new(GradeErrorCodes.MarkValueNotAllowed, $"A mark marked {annotation} has no number.");
            case MarkAnnotation.Bonus when value is null:
                return new(GradeErrorCodes.MarkValueRequired, "A bonus mark needs a number.");
            default:
                break;
        }

        if (value is not { } number)
        {
            return null;
        }

        if (number < 0)
        {
            return new(GradeErrorCodes.MarkBelowZero, "A mark cannot be below 0.");
        }

        if (number > maxMark)
        {
            return new(GradeErrorCodes.MarkAboveMaximum, $"A mark cannot be above the evaluation's maximum, {Format(maxMark)}.");
        }

        return HasTooManyDecimals(number)
            ? new(GradeErrorCodes.MarkTooPrecise, $"A mark has at most {Decimals} decimals.")
            : null;
    }

    private static bool HasTooManyDecimals(decimal value) => decimal.Round(value, Decimals) != value;

    private static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
