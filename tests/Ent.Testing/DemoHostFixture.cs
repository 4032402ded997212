namespace Ent.Testing;

/// <summary>A host seeded with the demo tenant, on either engine, shared by the tests of a class.</summary>
/// <typeparam name="TEngine">The database engine.</typeparam>
public class DemoHostFixture<TEngine> : EntHostFixture<TEngine>
    where TEngine : IDatabaseEngine
{
    /// <inheritdoc />
    protected override void Configure(EntTestHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Settings["Ent:Demo:Seed"] = "true";
    }
}
