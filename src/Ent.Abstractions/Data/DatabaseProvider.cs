namespace Ent.Data;

/// <summary>The database engines ENT stores its data in.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file in the data directory: the default, nothing to install.</summary>
    Sqlite,

    /// <summary>PostgreSQL, the production store.</summary>
    PostgreSql,
}
