using BenchmarkDotNet.Attributes;
using Ent.Plugins.Grades.Domain;

namespace Ent.Bench.Micro;

/// <summary>
/// The grades plugin's averages, as a report card computes them: a subject average over a trimester's marks
/// (a bonus mark and an absence among them), the overall average of ten subjects, and a class's statistics.
/// </summary>
[MemoryDiagnoser]
public class AverageCalculationBenchmarks
{
    private GradedMark[] _marks = [];
    private (decimal? Average, decimal Coefficient)[] _subjects = [];
    private decimal[] _classAverages = [];

    [GlobalSetup]
    public void SetUp()
    {
        var random = new Random(1);
        _marks =
        [
            .. Enumerable.Range(0, 10).Select(i => new GradedMark(random.Next(0, 41) / 2m, null, i % 3 == 1 ? 10 : 20, 1 + (i % 2))),
            new GradedMark(null, MarkAnnotation.Absent, 20, 1),
            new GradedMark(18, MarkAnnotation.Bonus, 20, 1),
        ];
        _subjects = [.. Enumerable.Range(0, 10).Select(i => ((decimal?)Math.Round(8 + (decimal)random.NextDouble() * 10, 2), i < 2 ? 2m : 1m))];
        _classAverages = [.. Enumerable.Range(0, 26).Select(_ => Math.Round(6 + (decimal)random.NextDouble() * 12, 2))];
    }

    [Benchmark(Description = "Subject average, 12 marks")]
    public decimal? SubjectAverage() => AverageCalculator.SubjectAverage(_marks).Average;

    [Benchmark(Description = "Overall average, 10 subjects")]
    public decimal? OverallAverage() => AverageCalculator.OverallAverage(_subjects);

    [Benchmark(Description = "Class statistics, 26 averages")]
    public decimal? ClassStatistics() => AverageCalculator.Statistics(_classAverages)?.Average;
}
