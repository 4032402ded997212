using Ent.Plugins.Forum.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Forum.Data.EntityTypeConfigurations;

internal sealed class ForumMessageEntityTypeConfiguration : IEntityTypeConfiguration<ForumMessage>
{
    public void Configure(EntityTypeBuilder<ForumMessage> builder)
    {
        builder.ToTable("messages");
        builder.Property(m => m.TenantId).HasMaxLength(64);
        builder.Property(m => m.Body).HasMaxLength(MessageRules.MaxBodyLength);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.ModerationReason).HasMaxLength(MessageRules.MaxReasonLength);
        builder.Ignore(m => m.IsDeleted);
        builder.HasIndex(m => new { m.SubjectId, m.Number }).IsUnique();
        builder.HasIndex(m => new { m.SubjectId, m.Status, m.PublishedAt });
        builder.HasIndex(m => new { m.CategoryId, m.Status });
        builder.HasIndex(m => m.AuthorId);
        builder.HasOne<ForumSubject>().WithMany().HasForeignKey(m => m.SubjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ForumMessage>().WithMany().HasForeignKey(m => m.QuotedMessageId).OnDelete(DeleteBehavior.Restrict);
    }
}
