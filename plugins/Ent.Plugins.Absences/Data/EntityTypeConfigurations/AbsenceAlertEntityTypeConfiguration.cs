using Ent.Plugins.Absences.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Absences.Data.EntityTypeConfigurations;

internal sealed class AbsenceAlertEntityTypeConfiguration : IEntityTypeConfiguration<AbsenceAlert>
{
    public void Configure(EntityTypeBuilder<AbsenceAlert> builder)
    {
        builder.ToTable("alerts");
        builder.Property(a => a.TenantId).HasMaxLength(64);
        builder.Property(a => a.Window).HasConversion<string>().HasMaxLength(16);

        // An alert fires once per pupil, window and threshold.
        builder.HasIndex(a => new { a.StudentId, a.Window, a.WindowStart, a.Threshold }).IsUnique();
        builder.HasIndex(a => new { a.SchoolId, a.WindowStart });
    }
}
