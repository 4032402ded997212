using Ent.Directory;
using Ent.Plugins.Grades.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Grades.Data.EntityTypeConfigurations;

internal sealed class MarkCorrectionEntityTypeConfiguration : IEntityTypeConfiguration<MarkCorrection>
{
    public void Configure(EntityTypeBuilder<MarkCorrection> builder)
    {
        builder.ToTable("mark_corrections");
        builder.Property(c => c.TenantId).HasMaxLength(64);
        builder.Property(c => c.PreviousValue).HasPrecision(6, 2);
        builder.Property(c => c.NewValue).HasPrecision(6, 2);
        builder.Property(c => c.PreviousAnnotation).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.NewAnnotation).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(c => new { c.EvaluationId, c.StudentId, c.CorrectedAt });
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.StudentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Evaluation>().WithMany().HasForeignKey(c => c.EvaluationId).OnDelete(DeleteBehavior.Cascade);
    }
}
