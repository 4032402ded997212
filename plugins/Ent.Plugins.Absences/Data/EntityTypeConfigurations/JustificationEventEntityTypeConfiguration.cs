using Ent.Plugins.Absences.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Absences.Data.EntityTypeConfigurations;

internal sealed class JustificationEventEntityTypeConfiguration : IEntityTypeConfiguration<JustificationEvent>
{
    public void Configure(EntityTypeBuilder<JustificationEvent> builder)
    {
        builder.ToTable("justification_events");
        builder.HasKey(e => new { e.JustificationId, e.EventId });
        builder.HasIndex(e => e.EventId);
        builder.HasOne<AbsenceEvent>().WithMany().HasForeignKey(e => e.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
