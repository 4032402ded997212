using Ent.Data;

namespace Ent.Host.Directory.Tests.Infrastructure;

/// <summary>The database engines every store test runs on; PostgreSQL only when ENT_TEST_POSTGRES is set.</summary>
public static class Engines
{
    public static TheoryData<DatabaseProvider> All => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };
}
