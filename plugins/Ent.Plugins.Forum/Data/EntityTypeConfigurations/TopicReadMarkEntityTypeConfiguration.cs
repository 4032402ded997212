using Ent.Plugins.Forum.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Forum.Data.EntityTypeConfigurations;

internal sealed class TopicReadMarkEntityTypeConfiguration : IEntityTypeConfiguration<TopicReadMark>
{
    public void Configure(EntityTypeBuilder<TopicReadMark> builder)
    {
        builder.ToTable("topic_read_marks");
        builder.HasKey(r => new { r.PersonId, r.TopicId });
        builder.Property(r => r.TenantId).HasMaxLength(64);
        builder.HasIndex(r => r.TopicId);
        builder.HasOne<ForumTopic>().WithMany().HasForeignKey(r => r.TopicId).OnDelete(DeleteBehavior.Cascade);
    }
}
