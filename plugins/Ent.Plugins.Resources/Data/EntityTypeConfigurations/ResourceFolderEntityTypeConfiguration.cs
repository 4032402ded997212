using Ent.Plugins.Resources.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Resources.Data.EntityTypeConfigurations;

internal sealed class ResourceFolderEntityTypeConfiguration : IEntityTypeConfiguration<ResourceFolder>
{
    public void Configure(EntityTypeBuilder<ResourceFolder> builder)
    {
        builder.ToTable("resource_folders");
        builder.Property(f => f.TenantId).HasMaxLength(64);
        builder.Property(f => f.Name).HasMaxLength(ResourceRules.FolderNameMaxLength);
        builder.HasIndex(f => new { f.OwnerId, f.ParentId });
        builder.HasOne<ResourceFolder>().WithMany().HasForeignKey(f => f.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
