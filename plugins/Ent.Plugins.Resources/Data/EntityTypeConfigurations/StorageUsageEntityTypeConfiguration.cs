using Ent.Plugins.Resources.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Resources.Data.EntityTypeConfigurations;

internal sealed class PersonUsageEntityTypeConfiguration : IEntityTypeConfiguration<PersonUsage>
{
    public void Configure(EntityTypeBuilder<PersonUsage> builder)
    {
        builder.ToTable("person_usage");
        builder.HasKey(u => u.PersonId);
        builder.Property(u => u.TenantId).HasMaxLength(64);
    }
}

internal sealed class SchoolUsageEntityTypeConfiguration : IEntityTypeConfiguration<SchoolUsage>
{
    public void Configure(EntityTypeBuilder<SchoolUsage> builder)
    {
        builder.ToTable("school_usage");
        builder.HasKey(u => u.SchoolId);
        builder.Property(u => u.TenantId).HasMaxLength(64);
    }
}
