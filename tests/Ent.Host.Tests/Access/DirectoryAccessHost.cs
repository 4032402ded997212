using Ent.Testing;

namespace Ent.Host.Tests.Access;

/// <summary>The demo tenant, plus a second tenant (<see cref="OtherTenant"/>) with no people, to test isolation.</summary>
public sealed class DirectoryAccessHost<TEngine> : DemoHostFixture<TEngine>
    where TEngine : IDatabaseEngine
{
    public const string OtherTenant = "centre-val-de-loire";

    protected override void Configure(EntTestHostOptions options)
    {
        base.Configure(options);
        options.Settings[$"Ent:Tenancy:Tenants:{OtherTenant}:Name"] = "Région Centre-Val de Loire";
    }
}
