using Ent.Plugins.Forum.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Forum.Data.EntityTypeConfigurations;

internal sealed class TopicFollowEntityTypeConfiguration : IEntityTypeConfiguration<TopicFollow>
{
    public void Configure(EntityTypeBuilder<TopicFollow> builder)
    {
        builder.ToTable("topic_follows");
        builder.HasKey(f => new { f.PersonId, f.TopicId });
        builder.Property(f => f.TenantId).HasMaxLength(64);
        builder.HasIndex(f => f.TopicId);
        builder.HasOne<ForumTopic>().WithMany().HasForeignKey(f => f.TopicId).OnDelete(DeleteBehavior.Cascade);
    }
}
