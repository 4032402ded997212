using Ent.Plugins.Forum.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Forum.Data.EntityTypeConfigurations;

internal sealed class SchoolForumSettingsEntityTypeConfiguration : IEntityTypeConfiguration<SchoolForumSettings>
{
    public void Configure(EntityTypeBuilder<SchoolForumSettings> builder)
    {
        builder.ToTable("school_settings");
        builder.HasKey(s => s.SchoolId);
        builder.Property(s => s.TenantId).HasMaxLength(64);
    }
}
