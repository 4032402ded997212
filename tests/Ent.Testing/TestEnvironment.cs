using Xunit;

namespace Ent.Testing;

/// <summary>What the machine running the tests offers, read from environment variables.</summary>
public static class TestEnvironment
{
    /// <summary>
    /// The variable holding a PostgreSQL connection string whose user may create databases. Without it,
    /// PostgreSQL tests skip themselves, except in CI, where they fail.
    /// </summary>
    public const string PostgreSqlVariable = "ENT_TEST_POSTGRES";

    /// <summary>Gets whether the tests run in CI (<c>CI=true</c>), where nothing may be skipped for lack of a service.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Gets the PostgreSQL server's connection string, or skips the current test (a <c>[SkippableFact]</c> or
    /// <c>[SkippableTheory]</c>) when there is none, or fails it in CI.
    /// </summary>
    /// <returns>The connection string.</returns>
    /// <exception cref="SkipException">Outside CI, when no server is configured.</exception>
    /// <exception cref="InvalidOperationException">In CI, when no server is configured.</exception>
    public static string RequirePostgreSql()
    {
        var connectionString = Environment.GetEnvironmentVariable(PostgreSqlVariable);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return connectionString;
        }

        if (IsCi)
        {
            throw new InvalidOperationException(
                $"CI=true but {PostgreSqlVariable} is not set: PostgreSQL tests must run in CI (see .ci/run).");
        }

        throw new SkipException(
            $"PostgreSQL tests need {PostgreSqlVariable}, a connection string to a server where the user may create databases.");
    }
}
