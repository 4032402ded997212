using Ent.Plugins.Absences.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Absences.Data.EntityTypeConfigurations;

internal sealed class AbsenceEventStateChangeEntityTypeConfiguration : IEntityTypeConfiguration<AbsenceEventStateChange>
{
    public void Configure(EntityTypeBuilder<AbsenceEventStateChange> builder)
    {
        builder.ToTable("event_state_changes");
        builder.Property(c => c.FromState).HasConversion<string>().HasMaxLength(24);
        builder.Property(c => c.ToState).HasConversion<string>().HasMaxLength(24);
        builder.Property(c => c.Comment).HasMaxLength(2000);
        builder.HasOne<Justification>().WithMany().HasForeignKey(c => c.JustificationId).OnDelete(DeleteBehavior.SetNull);
    }
}
