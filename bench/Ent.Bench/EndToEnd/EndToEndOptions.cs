using Ent.Data;

namespace Ent.Bench.EndToEnd;

/// <summary>How the end-to-end benchmarks run: on which database, at which scale, for how long.</summary>
internal sealed class EndToEndOptions
{
    public DatabaseProvider Engine { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>Gets the connection string: on PostgreSQL, of the database to (re)create; on SQLite, optional.</summary>
    public string? Connection { get; init; }

    public int Schools { get; init; } = 1;

    public int PupilsPerSchool { get; init; } = 600;

    public int Seed { get; init; } = 1;

    /// <summary>Gets whether to serve a database already generated with the same scale and seed instead of generating anew.</summary>
    public bool Reuse { get; init; }

    /// <summary>Gets the host's data directory (files, and the SQLite database by default).</summary>
    public required string DataDirectory { get; init; }

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(20);

    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(3);

    public IReadOnlyList<int> Concurrency { get; init; } = [1, 4, 16];

    /// <summary>Gets how many sequential requests measure SQL statements and allocations per request.</summary>
    public int Samples { get; init; } = 30;

    /// <summary>Gets the scenarios to run (by name); empty for all.</summary>
    public IReadOnlyList<string> Scenarios { get; init; } = [];

    /// <summary>Gets whether to print the SQL statements of one request of each scenario, to see where they come from.</summary>
    public bool ShowSql { get; init; }

    /// <summary>Gets a file to write the Markdown report to, besides standard output.</summary>
    public FileInfo? Output { get; init; }

    public static string DefaultDataDirectory(DatabaseProvider engine, int schools, int pupilsPerSchool, int seed) =>
        Path.Combine(Path.GetTempPath(), "ent-bench", $"{engine.ToString().ToLowerInvariant()}-{schools}x{pupilsPerSchool}-seed{seed}");
}
