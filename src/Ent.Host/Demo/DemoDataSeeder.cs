using Ent.Data;
using Ent.Demo;
using Ent.Host.Directory.Data;
using Ent.Host.Hosting;
using Ent.Host.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ent.Host.Demo;

/// <summary>
/// Fills an empty directory with the demo tenant (the default tenant), then lets every plugin seed its own
/// demo data. Runs at start-up, only where <see cref="DemoOptions"/> asks for it.
/// </summary>
internal sealed class DemoDataSeeder(
    IDbContextFactory<DirectoryDbContext> directory,
    IEnumerable<IDemoAccountWriter> accountWriters,
    IEnumerable<IDemoDataSeeder> pluginSeeders,
    TenantRegistry tenants,
    IOptions<DemoOptions> demo,
    IOptions<DatabaseOptions> database,
    ILogger<DemoDataSeeder> logger) : IStartupSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!demo.Value.ShouldSeed(database.Value.Provider) || tenants.Default is not { } tenant)
        {
            return;
        }

        await using var db = await directory.CreateDbContextAsync(cancellationToken);
        if (await db.People.AnyAsync(p => p.TenantId == tenant.Id, cancellationToken))
        {
            return;
        }

        var data = new DemoDirectory(tenant.Id);
        db.Schools.AddRange(data.Schools);
        db.SchoolYears.AddRange(data.Years);
        db.Classes.AddRange(data.Classes);
        db.Periods.AddRange(data.Periods);
        db.Groups.AddRange(data.Groups);
        db.Subjects.AddRange(data.Subjects);
        db.People.AddRange(data.People);
        db.Profiles.AddRange(data.Profiles);
        db.ClassEnrollments.AddRange(data.Enrollments);
        db.GroupMemberships.AddRange(data.Memberships);
        db.FamilyLinks.AddRange(data.Links);
        db.TeachingAssignments.AddRange(data.Assignments);
        db.FormTutors.AddRange(data.Tutors);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var writer in accountWriters)
        {
            await writer.WriteAsync(data.Logins, DemoDirectory.Password, cancellationToken);
        }

        foreach (var seeder in pluginSeeders)
        {
            await seeder.SeedAsync(tenant.Id, cancellationToken);
        }

        logger.LogInformation("Seeded the demo tenant {TenantId}: {People} people in {Schools} schools; demo logins use the password '{Password}'.", tenant.Id, data.People.Count, data.Schools.Count, DemoDirectory.Password);
    }
}

/// <summary>Creates sign-in accounts for the demo people.</summary>
internal interface IDemoAccountWriter
{
    Task WriteAsync(IReadOnlyList<DemoLogin> logins, string password, CancellationToken cancellationToken);
}
