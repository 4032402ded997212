using Ent.Plugins.Absences.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Absences.Data.EntityTypeConfigurations;

internal sealed class AbsenceThresholdEntityTypeConfiguration : IEntityTypeConfiguration<AbsenceThreshold>
{
    public void Configure(EntityTypeBuilder<AbsenceThreshold> builder)
    {
        builder.ToTable("thresholds");
        builder.Property(t => t.TenantId).HasMaxLength(64);
        builder.Property(t => t.Window).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(t => new { t.SchoolId, t.Window, t.UnjustifiedHalfDays }).IsUnique();
    }
}
