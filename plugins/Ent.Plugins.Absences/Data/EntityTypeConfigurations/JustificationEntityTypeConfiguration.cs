using Ent.Plugins.Absences.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Absences.Data.EntityTypeConfigurations;

internal sealed class JustificationEntityTypeConfiguration : IEntityTypeConfiguration<Justification>
{
    public void Configure(EntityTypeBuilder<Justification> builder)
    {
        builder.ToTable("justifications");
        builder.Property(j => j.TenantId).HasMaxLength(64);
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.Message).HasMaxLength(2000);
        builder.Property(j => j.AttachmentReference).HasMaxLength(500);
        builder.Property(j => j.DecisionComment).HasMaxLength(2000);
        builder.HasIndex(j => new { j.SchoolId, j.Status });
        builder.HasIndex(j => j.StudentId);
        builder.HasMany(j => j.Events).WithOne().HasForeignKey(e => e.JustificationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AbsenceReason>().WithMany().HasForeignKey(j => j.ReasonId).OnDelete(DeleteBehavior.Restrict);
    }
}
