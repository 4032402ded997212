using Ent.Directory;
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
        builder.HasOne<School>().WithMany().HasForeignKey(c => c.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Subject>().WithMany().HasForeignKey(c => c.SubjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SchoolClass>().WithMany().HasForeignKey(c => c.ClassId).OnDelete(DeleteBehavior.Restrict);
    }
}
