using Ent.Plugins.Absences.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Absences.Data.EntityTypeConfigurations;

internal sealed class SchoolAbsenceSettingsEntityTypeConfiguration : IEntityTypeConfiguration<SchoolAbsenceSettings>
{
    public void Configure(EntityTypeBuilder<SchoolAbsenceSettings> builder)
    {
        builder.ToTable("school_settings");
        builder.HasKey(s => s.SchoolId);
        builder.Property(s => s.TenantId).HasMaxLength(64);
    }
}
