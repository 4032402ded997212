using Ent.Directory;
using Ent.Plugins.Grades.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Grades.Data.EntityTypeConfigurations;

internal sealed class EvaluationEntityTypeConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> builder)
    {
        builder.ToTable("evaluations", table => table.HasCheckConstraint(
            "CK_evaluations_class_or_group", "(\"ClassId\" IS NULL) <> (\"GroupId\" IS NULL)"));
        builder.Property(e => e.TenantId).HasMaxLength(64);
        builder.Property(e => e.Title).HasMaxLength(EvaluationRules.TitleMaxLength);
        builder.Property(e => e.Description).HasMaxLength(EvaluationRules.DescriptionMaxLength);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Coefficient).HasPrecision(5, 2);
        builder.Property(e => e.MaxMark).HasPrecision(6, 2);
        builder.HasIndex(e => new { e.ClassId, e.PeriodId, e.SubjectId });
        builder.HasIndex(e => new { e.GroupId, e.PeriodId, e.SubjectId });
        builder.HasIndex(e => new { e.TeacherId, e.Date });
        builder.HasIndex(e => new { e.PeriodId, e.SubjectId });
        builder.HasOne<School>().WithMany().HasForeignKey(e => e.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Subject>().WithMany().HasForeignKey(e => e.SubjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SchoolClass>().WithMany().HasForeignKey(e => e.ClassId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TeachingGroup>().WithMany().HasForeignKey(e => e.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.TeacherId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Period>().WithMany().HasForeignKey(e => e.PeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Marks).WithOne(m => m.Evaluation).HasForeignKey(m => m.EvaluationId).OnDelete(DeleteBehavior.Cascade);
    }
}
