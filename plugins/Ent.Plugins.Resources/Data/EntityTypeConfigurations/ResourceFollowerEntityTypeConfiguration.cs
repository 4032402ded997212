using Ent.Plugins.Resources.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Resources.Data.EntityTypeConfigurations;

internal sealed class ResourceFollowerEntityTypeConfiguration : IEntityTypeConfiguration<ResourceFollower>
{
    public void Configure(EntityTypeBuilder<ResourceFollower> builder)
    {
        builder.ToTable("resource_followers");
        builder.HasKey(f => new { f.ResourceId, f.PersonId });
        builder.Property(f => f.TenantId).HasMaxLength(64);
        builder.HasIndex(f => f.PersonId);
        builder.HasOne<Resource>().WithMany().HasForeignKey(f => f.ResourceId).OnDelete(DeleteBehavior.Cascade);
    }
}
