using Ent.Plugins.Absences.Data;
using Ent.Testing;

namespace Ent.Plugins.Absences.Tests.Infrastructure;

/// <summary>
/// The host seeded with the demo tenant on a fixed day, Saturday 28 November 2026 at noon in France, so that
/// the demo's last three school weeks are those of 9, 16 and 23 November.
/// </summary>
/// <typeparam name="TEngine">The database engine.</typeparam>
public sealed class AbsencesDemoHostFixture<TEngine> : AbsencesHostFixture<TEngine>
    where TEngine : IDatabaseEngine
{
    public AbsencesDemoHostFixture()
    {
        Clock.Now = new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.FromHours(1));
    }

    public override string TenantId => DemoPeople.Tenant;

    protected override void Configure(EntTestHostOptions options)
    {
        base.Configure(options);
        options.Settings.Remove("Ent:Tenancy:DefaultTenant");
        options.Settings.Remove($"Ent:Tenancy:Tenants:{Tenant}:Name");
        options.Settings["Ent:Demo:Seed"] = "true";
    }

    internal override Task SeedAsync(AbsencesDbContext db) => Task.CompletedTask;
}
