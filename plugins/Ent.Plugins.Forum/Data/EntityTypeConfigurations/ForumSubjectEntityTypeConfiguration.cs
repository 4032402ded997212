using Ent.Plugins.Forum.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Forum.Data.EntityTypeConfigurations;

internal sealed class ForumSubjectEntityTypeConfiguration : IEntityTypeConfiguration<ForumSubject>
{
    public void Configure(EntityTypeBuilder<ForumSubject> builder)
    {
        builder.ToTable("subjects");
        builder.Property(t => t.TenantId).HasMaxLength(64);
        builder.Property(t => t.Title).HasMaxLength(SubjectRules.MaxTitleLength);
        // Two posts at once must not take the same message number.
        builder.Property(t => t.MessageSequence).IsConcurrencyToken();
        builder.HasIndex(t => new { t.CategoryId, t.IsPinned, t.LastActivityAt });
        builder.HasOne<ForumCategory>().WithMany().HasForeignKey(t => t.CategoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
