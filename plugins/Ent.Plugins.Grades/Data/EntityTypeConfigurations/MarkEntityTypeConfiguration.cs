using Ent.Directory;
using Ent.Plugins.Grades.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Grades.Data.EntityTypeConfigurations;

internal sealed class MarkEntityTypeConfiguration : IEntityTypeConfiguration<Mark>
{
    public void Configure(EntityTypeBuilder<Mark> builder)
    {
        builder.ToTable("marks");
        builder.Property(m => m.TenantId).HasMaxLength(64);
        builder.Property(m => m.Value).HasPrecision(6, 2);
        builder.Property(m => m.Annotation).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(m => new { m.EvaluationId, m.StudentId }).IsUnique();
        builder.HasIndex(m => m.StudentId);
        builder.HasOne<Person>().WithMany().HasForeignKey(m => m.StudentId).OnDelete(DeleteBehavior.Restrict);
    }
}
