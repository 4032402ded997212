using Ent.Plugins.Resources.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Resources.Data.EntityTypeConfigurations;

internal sealed class ResourceVersionEntityTypeConfiguration : IEntityTypeConfiguration<ResourceVersion>
{
    public void Configure(EntityTypeBuilder<ResourceVersion> builder)
    {
        builder.ToTable("resource_versions");
        builder.Property(v => v.TenantId).HasMaxLength(64);
        builder.Property(v => v.StorageKey).HasMaxLength(128);
        builder.Property(v => v.FileName).HasMaxLength(ResourceRules.FileNameMaxLength);
        builder.Property(v => v.ContentType).HasMaxLength(128);
        builder.Property(v => v.Sha256).HasMaxLength(64);
        builder.Property(v => v.Comment).HasMaxLength(ResourceRules.CommentMaxLength);
        builder.HasIndex(v => new { v.ResourceId, v.Number }).IsUnique();
    }
}
