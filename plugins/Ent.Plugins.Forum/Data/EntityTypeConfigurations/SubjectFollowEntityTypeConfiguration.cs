using Ent.Plugins.Forum.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Forum.Data.EntityTypeConfigurations;

internal sealed class SubjectFollowEntityTypeConfiguration : IEntityTypeConfiguration<SubjectFollow>
{
    public void Configure(EntityTypeBuilder<SubjectFollow> builder)
    {
        builder.ToTable("subject_follows");
        builder.HasKey(f => new { f.PersonId, f.SubjectId });
        builder.Property(f => f.TenantId).HasMaxLength(64);
        builder.HasIndex(f => f.SubjectId);
        builder.HasOne<ForumSubject>().WithMany().HasForeignKey(f => f.SubjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
