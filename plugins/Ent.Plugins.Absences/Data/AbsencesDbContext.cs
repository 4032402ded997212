using Ent.Data;
using Ent.Plugins.Absences.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Absences.Data;

/// <summary>The absences store. Times of events and lessons are French wall-clock times.</summary>
[StoreName("absences")]
internal sealed class AbsencesDbContext(DbContextOptions<AbsencesDbContext> options) : EntDbContext(options)
{
    public DbSet<RollCall> RollCalls => Set<RollCall>();

    public DbSet<RollCallRevision> RollCallRevisions => Set<RollCallRevision>();

    public DbSet<AbsenceEvent> Events => Set<AbsenceEvent>();

    public DbSet<AbsenceEventStateChange> StateChanges => Set<AbsenceEventStateChange>();

    public DbSet<AbsenceReason> Reasons => Set<AbsenceReason>();

    public DbSet<Justification> Justifications => Set<Justification>();

    public DbSet<JustificationEvent> JustificationEvents => Set<JustificationEvent>();

    public DbSet<SchoolAbsenceSettings> Settings => Set<SchoolAbsenceSettings>();

    public DbSet<AbsenceThreshold> Thresholds => Set<AbsenceThreshold>();

    public DbSet<AbsenceAlert> Alerts => Set<AbsenceAlert>();

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // Wall-clock times carry no zone: PostgreSQL must not convert them.
        if (Database.IsNpgsql())
        {
            configurationBuilder.Properties<DateTime>().HaveColumnType("timestamp without time zone");
        }
    }
}
