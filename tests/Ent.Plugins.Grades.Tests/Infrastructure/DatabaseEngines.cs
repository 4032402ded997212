using Ent.Data;

namespace Ent.Plugins.Grades.Tests.Infrastructure;

/// <summary>Names, as a type argument, the engine a test class runs on.</summary>
public interface IDatabaseEngine
{
    static abstract DatabaseProvider Provider { get; }
}

public sealed class Sqlite : IDatabaseEngine
{
    public static DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgreSql : IDatabaseEngine
{
    public static DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
