namespace Ent.Data;

/// <summary>Where ENT stores its data, bound from the <c>Ent:Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Ent:Database";

    /// <summary>Gets or sets the engine.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Gets or sets the connection string. Every store of every plugin shares the one database.</summary>
    public string ConnectionString { get; set; } = string.Empty;
}
