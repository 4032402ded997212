using System.Diagnostics;

namespace Ent.Bench.EndToEnd;

/// <summary>
/// Runs a scenario: a warm-up, a sequential pass that measures each request's SQL statements and allocations,
/// then, for each concurrency level, a closed loop of that many clients for the configured duration.
/// </summary>
internal sealed class ScenarioRunner(BenchClient client, SqlStatementCounter statements, EndToEndOptions options, TextWriter log)
{
    public async Task<ScenarioResult> RunAsync(Scenario scenario, ScenarioSetup setup, CancellationToken cancellationToken)
    {
        var absent = scenario.Requires.Where(plugin => !setup.Bouquet.Contains(plugin)).ToList();
        if (absent.Count > 0)
        {
            return ScenarioResult.Skip(scenario, $"the {string.Join(" and ", absent)} plugin{(absent.Count > 1 ? "s are" : " is")} not in the bouquet");
        }

        IReadOnlyList<PreparedRequest> requests;
        IReadOnlyList<ScenarioRequest> definitions;
        try
        {
            definitions = await scenario.Requests(setup, cancellationToken);
            requests = [.. definitions.Select(client.Prepare)];
        }
        catch (InvalidOperationException exception)
        {
            return ScenarioResult.Fail(scenario, exception.Message);
        }

        var missing = scenario.Enriches.Where(plugin => !setup.Bouquet.Contains(plugin)).ToList();
        log.WriteLine($"{scenario.Name}: warming up");
        var warmUpEnd = Stopwatch.GetTimestamp() + Ticks(options.WarmUp);
        var warmUps = 0;
        do
        {
            foreach (var request in requests)
            {
                var outcome = await SendAsync(request, cancellationToken);
                if (!outcome.Succeeded)
                {
                    return new ScenarioResult(scenario, [], [], missing, null, outcome.Error);
                }
            }
        }
        while (++warmUps < 3 || Stopwatch.GetTimestamp() < warmUpEnd);

        var costs = new List<RequestCost>();
        for (var i = 0; i < requests.Count; i++)
        {
            if (options.ShowSql)
            {
                await ShowSqlAsync($"{scenario.Name}, {definitions[i].Variant}", requests[i], cancellationToken);
            }

            var (cost, error) = await MeasureAsync(definitions[i].Variant, requests[i], cancellationToken);
            if (error is not null)
            {
                return new ScenarioResult(scenario, costs, [], missing, null, error);
            }

            costs.Add(cost);
        }

        var loads = new List<LoadResult>();
        foreach (var concurrency in options.Concurrency)
        {
            log.WriteLine($"{scenario.Name}: {concurrency} client(s) for {options.Duration.TotalSeconds:0.#} s");
            var (load, error) = await LoadAsync(requests[0], concurrency, cancellationToken);
            loads.Add(load);
            if (error is not null)
            {
                return new ScenarioResult(scenario, costs, loads, missing, null, error);
            }
        }

        return new ScenarioResult(scenario, costs, loads, missing, null, null);
    }

    private async Task ShowSqlAsync(string title, PreparedRequest request, CancellationToken cancellationToken)
    {
        statements.StartCapture();
        await SendAsync(request, cancellationToken);
        var captured = statements.StopCapture();
        await log.WriteLineAsync($"--- {title}: {captured.Count} statement(s)");
        foreach (var statement in captured)
        {
            await log.WriteLineAsync(statement);
            await log.WriteLineAsync("--");
        }
    }

    private async Task<(RequestCost Cost, string? Error)> MeasureAsync(string variant, PreparedRequest request, CancellationToken cancellationToken)
    {
        long min = long.MaxValue, max = 0, total = 0;
        var responseBytes = 0;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < options.Samples; i++)
        {
            var before = statements.Count;
            var outcome = await SendAsync(request, cancellationToken);
            var count = statements.Count - before;
            if (!outcome.Succeeded)
            {
                return (new RequestCost(variant, 0, 0, 0, 0, 0, 0), outcome.Error);
            }

            (min, max, total, responseBytes) = (Math.Min(min, count), Math.Max(max, count), total + count, outcome.ResponseBytes);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return (new RequestCost(variant, (double)total / options.Samples, min, max, (double)allocated / options.Samples, responseBytes, elapsed.TotalMilliseconds / options.Samples), null);
    }

    private async Task<(LoadResult Load, string? Error)> LoadAsync(PreparedRequest request, int concurrency, CancellationToken cancellationToken)
    {
        var latencies = new List<long>[concurrency];
        long failures = 0;
        string? firstError = null;
        var started = Stopwatch.GetTimestamp();
        var end = started + Ticks(options.Duration);
        var workers = Enumerable.Range(0, concurrency).Select(worker => Task.Run(
            async () =>
            {
                var mine = latencies[worker] = new List<long>(1024);
                while (true)
                {
                    var sent = Stopwatch.GetTimestamp();
                    if (sent >= end)
                    {
                        return;
                    }

                    var outcome = await SendAsync(request, cancellationToken);
                    if (outcome.Succeeded)
                    {
                        mine.Add(Stopwatch.GetTimestamp() - sent);
                    }
                    else
                    {
                        Interlocked.Increment(ref failures);
                        Interlocked.CompareExchange(ref firstError, outcome.Error, null);
                    }
                }
            },
            cancellationToken)).ToList();
        await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var all = latencies.SelectMany(list => list).Order().ToArray();
        var load = new LoadResult(concurrency, all.Length, failures, elapsed, Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99));
        return (load, firstError);
    }

    private async Task<Outcome> SendAsync(PreparedRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await client.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            return new Outcome(false, 0, exception.Message);
        }
    }

    // Nearest rank, in milliseconds.
    private static double Percentile(long[] sorted, double rank)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var index = Math.Clamp((int)Math.Ceiling(rank * sorted.Length) - 1, 0, sorted.Length - 1);
        return sorted[index] * 1000.0 / Stopwatch.Frequency;
    }

    private static long Ticks(TimeSpan duration) => (long)(duration.TotalSeconds * Stopwatch.Frequency);
}
