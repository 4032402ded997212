using Ent.Plugins.Absences.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Absences.Data.EntityTypeConfigurations;

internal sealed class AbsenceEventEntityTypeConfiguration : IEntityTypeConfiguration<AbsenceEvent>
{
    public void Configure(EntityTypeBuilder<AbsenceEvent> builder)
    {
        builder.ToTable("events");
        builder.Property(e => e.TenantId).HasMaxLength(64);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.State).HasConversion<string>().HasMaxLength(24);
        builder.Property(e => e.Comment).HasMaxLength(2000);
        builder.HasIndex(e => new { e.StudentId, e.StartsAt });
        builder.HasIndex(e => new { e.SchoolId, e.StartsAt });

        // A school's events over a recent window (the day's absences): the window's start bounds the events'
        // ends, which leaves the few events still running, where a bound on the starts leaves the whole year.
        builder.HasIndex(e => new { e.SchoolId, e.EndsAt });
        builder.HasIndex(e => e.RollCallId);
        builder.HasMany(e => e.StateChanges).WithOne().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AbsenceReason>().WithMany().HasForeignKey(e => e.ReasonId).OnDelete(DeleteBehavior.Restrict);
    }
}
