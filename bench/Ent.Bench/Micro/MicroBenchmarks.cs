using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;

namespace Ent.Bench.Micro;

/// <summary>
/// Runs the BenchmarkDotNet benchmarks in this process (the host's plugins are loaded from beside this program,
/// which a separately built benchmark process would not have), with allocations measured.
/// </summary>
internal static class MicroBenchmarks
{
    public static int Run(string[] args)
    {
        var config = ManualConfig.Create(DefaultConfig.Instance).AddDiagnoser(MemoryDiagnoser.Default);
        // Without a filter BenchmarkDotNet asks which benchmarks to run; run them all instead. In process, whatever
        // the job (--job short, --job dry).
        List<string> arguments = [.. args];
        if (!args.Any(a => a.StartsWith("--filter", StringComparison.Ordinal)))
        {
            arguments.AddRange(["--filter", "*"]);
        }

        if (!args.Contains("--inProcess", StringComparer.Ordinal))
        {
            arguments.Add("--inProcess");
        }

        var summaries = BenchmarkSwitcher.FromTypes([typeof(SchemaBuildBenchmarks), typeof(DocumentValidationBenchmarks), typeof(AverageCalculationBenchmarks)]).Run([.. arguments], config);
        return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
    }
}
