using Ent.Plugins.Forum.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Forum.Data.EntityTypeConfigurations;

internal sealed class MessageRevisionEntityTypeConfiguration : IEntityTypeConfiguration<MessageRevision>
{
    public void Configure(EntityTypeBuilder<MessageRevision> builder)
    {
        builder.ToTable("message_revisions");
        builder.Property(r => r.TenantId).HasMaxLength(64);
        builder.Property(r => r.Body).HasMaxLength(MessageRules.MaxBodyLength);
        builder.HasIndex(r => new { r.MessageId, r.ReplacedAt });
        builder.HasOne<ForumMessage>().WithMany().HasForeignKey(r => r.MessageId).OnDelete(DeleteBehavior.Cascade);
    }
}
