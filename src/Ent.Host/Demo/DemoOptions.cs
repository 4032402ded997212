using Ent.Data;

namespace Ent.Host.Demo;

/// <summary>Whether to fill an empty database with the demo tenant, bound from <c>Ent:Demo</c>.</summary>
internal sealed class DemoOptions
{
    public const string SectionName = "Ent:Demo";

    /// <summary>
    /// Gets or sets whether to seed the demo data into an empty directory; by default only on the embedded
    /// SQLite database, never on PostgreSQL unless asked.
    /// </summary>
    public bool? Seed { get; set; }

    public bool ShouldSeed(DatabaseProvider provider) => Seed ?? provider == DatabaseProvider.Sqlite;
}
