using Ent.Plugins.Grades.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Grades.Data.EntityTypeConfigurations;

internal sealed class SubjectCoefficientEntityTypeConfiguration : IEntityTypeConfiguration<SubjectCoefficient>
{
    public void Configure(EntityTypeBuilder<SubjectCoefficient> builder)
    {
        builder.ToTable("subject_coefficients");
        builder.Property(c => c.TenantId).HasMaxLength(64);
        builder.Property(c => c.Coefficient).HasPrecision(5, 2);
        builder.HasIndex(c => new { c.SchoolId, c.SubjectId, c.ClassId });
    }
}
