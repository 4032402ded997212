using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Ent.Bench.EndToEnd;

/// <summary>Writes the results as Markdown: what ran where, one row per scenario and concurrency level, and notes.</summary>
internal static class EndToEndReport
{
    public static string Write(EndToEndOptions options, TenantFacts tenant, IReadOnlyList<ScenarioResult> results)
    {
        var culture = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(culture, $"### {options.Engine}, {options.Schools} school{(options.Schools > 1 ? "s" : string.Empty)} × {options.PupilsPerSchool} pupils");
        text.AppendLine();
        text.AppendLine(culture, $"{tenant.People:N0} people ({tenant.Pupils:N0} pupils), seed {options.Seed}; {(tenant.GeneratedIn is { } generated ? $"generated in {generated.TotalSeconds:F1} s" : "reused")}. "
            + $"{options.Duration.TotalSeconds:0.#} s per level after a {options.WarmUp.TotalSeconds:0.#} s warm-up; SQL and allocations from {options.Samples} sequential requests. "
            + $"{Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}.");
        text.AppendLine();
        text.AppendLine("| Scenario | Clients | req/s | p50 ms | p95 ms | p99 ms | SQL/req | KB alloc/req | KB response |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var result in results.Where(r => r.Loads.Count > 0))
        {
            var cost = result.Costs[0];
            foreach (var load in result.Loads)
            {
                text.AppendLine(culture, $"| {result.Scenario.Name} | {load.Concurrency} | {load.Throughput:F1} | {load.P50Milliseconds:F1} | {load.P95Milliseconds:F1} | {load.P99Milliseconds:F1} | {Statements(cost)} | {cost.AllocatedBytes / 1024:F0} | {cost.ResponseBytes / 1024.0:F1} |");
            }
        }

        var variants = results.Where(r => r.Costs.Count > 1).ToList();
        if (variants.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("SQL statements per request as the answer grows:");
            text.AppendLine();
            foreach (var result in variants)
            {
                text.AppendLine(culture, $"- {result.Scenario.Name}: {string.Join(", ", result.Costs.Select(c => $"{c.Variant} {Statements(c)} ({c.ResponseBytes / 1024.0:F1} KB)"))}");
            }
        }

        var notes = results.Where(r => r.Skipped is not null || r.Error is not null || r.MissingParts.Count > 0).ToList();
        if (notes.Count > 0)
        {
            text.AppendLine();
            foreach (var result in notes)
            {
                var note = result.Skipped is not null ? $"skipped: {result.Skipped}."
                    : result.Error is not null ? $"FAILED: {result.Error}"
                    : $"ran without the parts of {string.Join(" and ", result.MissingParts)}, not in the bouquet.";
                text.AppendLine(culture, $"- {result.Scenario.Name} {note}");
            }
        }

        return text.ToString();
    }

    private static string Statements(RequestCost cost) =>
        cost.MinStatements == cost.MaxStatements
            ? cost.MinStatements.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{cost.Statements:F1} ({cost.MinStatements}–{cost.MaxStatements})");
}

/// <summary>The size of the benchmarked tenant, and how long generating it took (<see langword="null"/> when reused).</summary>
internal sealed record TenantFacts(int People, int Pupils, TimeSpan? GeneratedIn);
