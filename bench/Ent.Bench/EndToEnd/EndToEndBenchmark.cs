using System.Collections.Concurrent;
using System.Diagnostics;
using Ent.Directory;
using Ent.Host.Data;
using Ent.Host.Directory.Data;
using Ent.Host.Hosting;
using Ent.Host.Identity;
using Ent.Host.Identity.Accounts;
using Ent.Host.Identity.Tokens;
using Ent.Host.Synthetic;
using Ent.Host.Tenancy;
using Ent.Synthetic;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Bench.EndToEnd;

/// <summary>
/// Generates a tenant (or reuses one), starts the real host on Kestrel at 127.0.0.1 as <c>Ent.Host</c> starts,
/// runs every scenario against it over HTTP and prints the results as Markdown.
/// </summary>
internal sealed class EndToEndBenchmark(EndToEndOptions options, TextWriter output)
{
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(4);

    /// <returns>0 when every scenario that ran succeeded, 1 when one failed or got GraphQL errors.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var connectionString = await BenchDatabase.PrepareAsync(options, cancellationToken);
        using var statements = new SqlStatementCounter();
        await using var app = BuildHost(connectionString);
        var tenant = app.Services.GetRequiredService<TenantRegistry>().Default
            ?? throw new InvalidOperationException("The host has no default tenant to generate.");
        await app.Services.GetRequiredService<StoreMigrator>().MigrateAsync(cancellationToken);
        var (directory, generatedIn) = await GenerateOrReuseAsync(app.Services, tenant.Id, cancellationToken);
        if (generatedIn is not null)
        {
            await BenchDatabase.AnalyzeAsync(options.Engine, connectionString, cancellationToken);
        }

        await app.StartAsync(cancellationToken);
        try
        {
            var tokens = new ConcurrentDictionary<Guid, string>();
            var factory = app.Services.GetRequiredService<AccessTokenFactory>();
            var scopes = app.Services.GetRequiredService<ScopeCatalog>().All.ToList();
            var handler = new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan, MaxConnectionsPerServer = int.MaxValue };
            using var client = new BenchClient(
                new HttpClient(handler) { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromMinutes(2) },
                person => tokens.GetOrAdd(person, id => factory.Create(new AccountHolder(id, tenant.Id, id.ToString(), null), scopes, TokenLifetime)));
            var setup = new ScenarioSetup(BenchUsers.Pick(directory), tenant.Bouquet, SchoolCalendar.Today(TimeProvider.System), client.QueryAsync);
            var runner = new ScenarioRunner(client, statements, options, output);
            var results = new List<ScenarioResult>();
            foreach (var scenario in Scenarios.All.Where(s => options.Scenarios.Count == 0 || options.Scenarios.Contains(s.Name)))
            {
                var result = await runner.RunAsync(scenario, setup, cancellationToken);
                results.Add(result);
                if (result.Error is not null)
                {
                    await output.WriteLineAsync($"{scenario.Name} failed: {result.Error}");
                }
            }

            var facts = new TenantFacts(directory.People.Count, directory.Enrollments.Count, generatedIn);
            var report = EndToEndReport.Write(options, facts, results);
            await output.WriteLineAsync();
            await output.WriteLineAsync(report);
            if (options.Output is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, report, cancellationToken);
            }

            return results.Any(r => r.Failed) ? 1 : 0;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }

    private WebApplication BuildHost(string connectionString)
    {
        // The content root holds the host's appsettings.json, copied beside the benchmarks.
        string[] args = [$"--contentRoot={AppContext.BaseDirectory}", "--environment=Production"];
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Ent:Data:Directory"] = options.DataDirectory,
            ["Ent:Database:Provider"] = options.Engine.ToString(),
            ["Ent:Database:ConnectionString"] = connectionString,
            ["Ent:Demo:Seed"] = "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime"] = "Warning",
        };
        return EntApplication.Build(args, builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        });
    }

    private async Task<(SyntheticDirectory Directory, TimeSpan? GeneratedIn)> GenerateOrReuseAsync(IServiceProvider services, string tenantId, CancellationToken cancellationToken)
    {
        int existing;
        await using (var db = await services.GetRequiredService<IDbContextFactory<DirectoryDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            existing = await db.People.CountAsync(p => p.TenantId == tenantId, cancellationToken);
        }

        if (existing > 0)
        {
            if (!options.Reuse)
            {
                throw new InvalidOperationException("The database already holds people though it was just created.");
            }

            // The same scale and seed give the same directory, so the people to act as are found without querying.
            var directory = new SyntheticDirectoryGenerator(tenantId, options.Seed).Generate(options.Schools, options.PupilsPerSchool);
            if (directory.People.Count != existing)
            {
                throw new InvalidOperationException(
                    $"The database holds {existing} people, not the {directory.People.Count} of {options.Schools} school(s) × {options.PupilsPerSchool} pupils with seed {options.Seed}: run without --reuse to generate it again.");
            }

            await output.WriteLineAsync($"Reusing the generated tenant {tenantId} ({existing:N0} people).");
            return (directory, null);
        }

        await output.WriteLineAsync($"Generating {options.Schools} school(s) × {options.PupilsPerSchool} pupils on {options.Engine}, seed {options.Seed}.");
        var clock = Stopwatch.StartNew();
        var progress = new Progress(output, clock);
        var generated = await services.GetRequiredService<SyntheticTenantWriter>().WriteAsync(tenantId, options.Schools, options.PupilsPerSchool, options.Seed, progress, cancellationToken);
        await output.WriteLineAsync($"Generated in {clock.Elapsed.TotalSeconds:F1} s.");
        return (generated, clock.Elapsed);
    }

    // Synchronous, unlike Progress<T>, so that lines come out in order and at once.
    private sealed class Progress(TextWriter output, Stopwatch clock) : IProgress<SyntheticProgress>
    {
        public void Report(SyntheticProgress value) => output.WriteLine($"[{clock.Elapsed:mm\\:ss}] {value.Source}: {value.Count:N0} {value.What}");
    }
}
