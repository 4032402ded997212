using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Host.Tests.Data.SampleStore;

internal sealed class SampleItemEntityTypeConfiguration : IEntityTypeConfiguration<SampleItem>
{
    public void Configure(EntityTypeBuilder<SampleItem> builder)
    {
        builder.ToTable("Items");
        builder.Property(item => item.Label).HasMaxLength(100);
    }
}
