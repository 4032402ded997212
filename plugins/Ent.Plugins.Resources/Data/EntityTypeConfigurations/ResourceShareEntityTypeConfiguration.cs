using Ent.Plugins.Resources.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Resources.Data.EntityTypeConfigurations;

internal sealed class ResourceShareEntityTypeConfiguration : IEntityTypeConfiguration<ResourceShare>
{
    public void Configure(EntityTypeBuilder<ResourceShare> builder)
    {
        builder.ToTable("resource_shares");
        builder.Property(s => s.TenantId).HasMaxLength(64);
        builder.Property(s => s.TargetKind).HasConversion<string>().HasMaxLength(16);
        // Stored as a number so that the strongest of several rights is their maximum.
        builder.Property(s => s.Right).HasConversion<int>();
        builder.HasIndex(s => new { s.ResourceId, s.TargetKind, s.TargetId }).IsUnique();
        builder.HasIndex(s => new { s.TargetKind, s.TargetId });
    }
}
