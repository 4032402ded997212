using Ent.Plugins.Absences.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Absences.Data.EntityTypeConfigurations;

internal sealed class AbsenceReasonEntityTypeConfiguration : IEntityTypeConfiguration<AbsenceReason>
{
    public void Configure(EntityTypeBuilder<AbsenceReason> builder)
    {
        builder.ToTable("reasons");
        builder.Property(r => r.TenantId).HasMaxLength(64);
        builder.Property(r => r.Code).HasMaxLength(32);
        builder.Property(r => r.Label).HasMaxLength(100);
        builder.HasIndex(r => new { r.SchoolId, r.Code }).IsUnique();
    }
}
