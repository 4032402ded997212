namespace Ent.Bench.EndToEnd;

/// <summary>What a scenario measured, or why it did not run.</summary>
internal sealed record ScenarioResult(
    Scenario Scenario,
    IReadOnlyList<RequestCost> Costs,
    IReadOnlyList<LoadResult> Loads,
    IReadOnlyList<string> MissingParts,
    string? Skipped,
    string? Error)
{
    public bool Failed => Error is not null;

    public static ScenarioResult Skip(Scenario scenario, string reason) => new(scenario, [], [], [], reason, null);

    public static ScenarioResult Fail(Scenario scenario, string error) => new(scenario, [], [], [], null, error);
}

/// <summary>The cost of one request, from a sequential pass: SQL statements and bytes allocated in the process.</summary>
/// <param name="Variant">Which of the scenario's requests.</param>
/// <param name="Statements">The SQL statements per request, on average.</param>
/// <param name="MinStatements">The fewest statements one request ran.</param>
/// <param name="MaxStatements">The most statements one request ran.</param>
/// <param name="AllocatedBytes">The bytes allocated per request, server and client together.</param>
/// <param name="ResponseBytes">The size of the response.</param>
/// <param name="MeanMilliseconds">The mean latency of the sequential pass.</param>
internal sealed record RequestCost(string Variant, double Statements, long MinStatements, long MaxStatements, double AllocatedBytes, int ResponseBytes, double MeanMilliseconds);

/// <summary>A closed loop of <see cref="Concurrency"/> clients sending the scenario's request for a fixed time.</summary>
internal sealed record LoadResult(int Concurrency, long Requests, long Failures, TimeSpan Elapsed, double P50Milliseconds, double P95Milliseconds, double P99Milliseconds)
{
    public double Throughput => Requests / Elapsed.TotalSeconds;
}
