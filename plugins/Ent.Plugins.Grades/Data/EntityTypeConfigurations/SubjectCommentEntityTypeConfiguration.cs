using Ent.Directory;
using Ent.Plugins.Grades.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Grades.Data.EntityTypeConfigurations;

internal sealed class SubjectCommentEntityTypeConfiguration : IEntityTypeConfiguration<SubjectComment>
{
    public void Configure(EntityTypeBuilder<SubjectComment> builder)
    {
        builder.ToTable("subject_comments");
        builder.Property(c => c.TenantId).HasMaxLength(64);
        builder.Property(c => c.Text).HasMaxLength(EvaluationRules.CommentMaxLength);
        builder.HasIndex(c => new { c.StudentId, c.PeriodId, c.SubjectId }).IsUnique();
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.StudentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Period>().WithMany().HasForeignKey(c => c.PeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Subject>().WithMany().HasForeignKey(c => c.SubjectId).OnDelete(DeleteBehavior.Restrict);
    }
}
