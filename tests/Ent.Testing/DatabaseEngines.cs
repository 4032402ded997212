using Ent.Data;

namespace Ent.Testing;

/// <summary>
/// Names the database engine a test class runs on, as a type argument, so that one abstract test class runs
/// on both engines through two small sealed classes.
/// </summary>
public interface IDatabaseEngine
{
    /// <summary>Gets the engine.</summary>
    static abstract DatabaseProvider Provider { get; }
}

/// <summary>The embedded SQLite engine, always available.</summary>
public sealed class Sqlite : IDatabaseEngine
{
    private Sqlite()
    {
    }

    /// <inheritdoc />
    public static DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

/// <summary>PostgreSQL, available when <see cref="TestEnvironment.PostgreSqlVariable"/> is set.</summary>
public sealed class PostgreSql : IDatabaseEngine
{
    private PostgreSql()
    {
    }

    /// <inheritdoc />
    public static DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
