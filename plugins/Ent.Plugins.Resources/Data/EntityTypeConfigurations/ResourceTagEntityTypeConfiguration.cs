using Ent.Plugins.Resources.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Resources.Data.EntityTypeConfigurations;

internal sealed class ResourceTagEntityTypeConfiguration : IEntityTypeConfiguration<ResourceTag>
{
    public void Configure(EntityTypeBuilder<ResourceTag> builder)
    {
        builder.ToTable("resource_tags");
        builder.HasKey(t => new { t.ResourceId, t.Tag });
        builder.Property(t => t.Tag).HasMaxLength(ResourceRules.TagMaxLength);
        builder.HasIndex(t => t.Tag);
    }
}
