using Ent.Directory;
using Ent.Plugins.Grades.Domain;

namespace Ent.Plugins.Grades.GraphQL.Averages;

/// <summary>Where a student sits: the class whose periods, coefficients and statistics apply.</summary>
/// <param name="StudentId">The student.</param>
/// <param name="ClassId">The class.</param>
/// <param name="SchoolId">The class's school.</param>
/// <param name="IsWholeRecord">Whether the viewer sees the student's whole record, every subject included.</param>
internal sealed record Placement(Guid StudentId, Guid ClassId, Guid SchoolId, bool IsWholeRecord);

/// <summary>A student's averages over a period, from the marks the viewer sees.</summary>
internal sealed record StudentAverages(Placement Placement, Period Period, IReadOnlyList<SubjectAverage> Subjects)
{
    /// <summary>Gets the overall average, or <see langword="null"/> when the viewer sees only some subjects.</summary>
    public decimal? OverallAverage => Placement.IsWholeRecord
        ? AverageCalculator.OverallAverage(Subjects.Select(subject => (subject.Result.Average, subject.Coefficient)))
        : null;
}

/// <summary>A student's average in a subject over a period, with the subject's weight in the overall average.</summary>
internal sealed record SubjectAverage(Placement Placement, Period Period, Subject Subject, SubjectAverageResult Result, decimal Coefficient);
