namespace Ent.Data;

/// <summary>
/// Names the store of an <see cref="EntDbContext"/>: its PostgreSQL schema, or its table prefix on SQLite.
/// Use the plugin's id.
/// </summary>
/// <param name="name">Lowercase letters, digits and underscores, starting with a letter.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class StoreNameAttribute(string name) : Attribute
{
    /// <summary>Gets the store's name.</summary>
    public string Name { get; } = name;

    internal static string Of(Type contextType) =>
        contextType.GetCustomAttributes(typeof(StoreNameAttribute), inherit: false) is [StoreNameAttribute attribute]
            ? attribute.Name
            : throw new InvalidOperationException($"{contextType.Name} has no [StoreName] attribute.");
}
