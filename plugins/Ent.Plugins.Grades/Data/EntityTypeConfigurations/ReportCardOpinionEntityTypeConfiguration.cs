using Ent.Directory;
using Ent.Plugins.Grades.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Grades.Data.EntityTypeConfigurations;

internal sealed class ReportCardOpinionEntityTypeConfiguration : IEntityTypeConfiguration<ReportCardOpinion>
{
    public void Configure(EntityTypeBuilder<ReportCardOpinion> builder)
    {
        builder.ToTable("report_card_opinions");
        builder.Property(o => o.TenantId).HasMaxLength(64);
        builder.Property(o => o.Text).HasMaxLength(EvaluationRules.CommentMaxLength);
        builder.HasIndex(o => new { o.StudentId, o.PeriodId }).IsUnique();
        builder.HasOne<Person>().WithMany().HasForeignKey(o => o.StudentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Period>().WithMany().HasForeignKey(o => o.PeriodId).OnDelete(DeleteBehavior.Restrict);
    }
}
