using Ent.Plugins.Forum.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Forum.Data.EntityTypeConfigurations;

internal sealed class CategoryGrantEntityTypeConfiguration : IEntityTypeConfiguration<CategoryGrant>
{
    public void Configure(EntityTypeBuilder<CategoryGrant> builder)
    {
        builder.ToTable("category_grants");
        builder.Property(g => g.TenantId).HasMaxLength(64);
        builder.Property(g => g.GranteeKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(g => g.Right).HasConversion<int>();
        builder.HasIndex(g => new { g.CategoryId, g.GranteeKind, g.GranteeId }).IsUnique();
        builder.HasIndex(g => new { g.GranteeKind, g.GranteeId });
        builder.HasOne<ForumCategory>().WithMany().HasForeignKey(g => g.CategoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
