using Ent.Plugins.Resources.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Resources.Data.EntityTypeConfigurations;

internal sealed class ResourceEntityTypeConfiguration : IEntityTypeConfiguration<Resource>
{
    public void Configure(EntityTypeBuilder<Resource> builder)
    {
        builder.ToTable("resources");
        builder.Property(r => r.TenantId).HasMaxLength(64);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Title).HasMaxLength(ResourceRules.TitleMaxLength);
        builder.Property(r => r.Description).HasMaxLength(ResourceRules.DescriptionMaxLength);
        builder.Property(r => r.Level).HasMaxLength(ResourceRules.LevelMaxLength);
        builder.Property(r => r.Url).HasMaxLength(ResourceRules.UrlMaxLength);
        builder.Property(r => r.SearchText).HasMaxLength(ResourceRules.SearchTextMaxLength);
        builder.HasIndex(r => new { r.OwnerId, r.FolderId });
        builder.HasIndex(r => new { r.SchoolId, r.SubjectId });
        builder.HasIndex(r => new { r.TenantId, r.UpdatedAt });
        builder.HasMany(r => r.Tags).WithOne().HasForeignKey(t => t.ResourceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Versions).WithOne().HasForeignKey(v => v.ResourceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Shares).WithOne().HasForeignKey(s => s.ResourceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ResourceFolder>().WithMany().HasForeignKey(r => r.FolderId).OnDelete(DeleteBehavior.SetNull);
    }
}
