using Ent.Plugins.Forum.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Forum.Data.EntityTypeConfigurations;

internal sealed class SubjectReadMarkEntityTypeConfiguration : IEntityTypeConfiguration<SubjectReadMark>
{
    public void Configure(EntityTypeBuilder<SubjectReadMark> builder)
    {
        builder.ToTable("subject_read_marks");
        builder.HasKey(r => new { r.PersonId, r.SubjectId });
        builder.Property(r => r.TenantId).HasMaxLength(64);
        builder.HasIndex(r => r.SubjectId);
        builder.HasOne<ForumSubject>().WithMany().HasForeignKey(r => r.SubjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
