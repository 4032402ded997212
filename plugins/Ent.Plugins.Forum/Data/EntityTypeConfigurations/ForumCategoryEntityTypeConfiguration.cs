using Ent.Plugins.Forum.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Forum.Data.EntityTypeConfigurations;

internal sealed class ForumCategoryEntityTypeConfiguration : IEntityTypeConfiguration<ForumCategory>
{
    public void Configure(EntityTypeBuilder<ForumCategory> builder)
    {
        builder.ToTable("categories", table => table.HasCheckConstraint(
            "CK_categories_scope",
            "(\"Scope\" = 'School' AND \"ClassId\" IS NULL AND \"GroupId\" IS NULL) OR (\"Scope\" = 'Class' AND \"ClassId\" IS NOT NULL AND \"GroupId\" IS NULL) OR (\"Scope\" = 'Group' AND \"GroupId\" IS NOT NULL AND \"ClassId\" IS NULL)"));
        builder.Property(c => c.TenantId).HasMaxLength(64);
        builder.Property(c => c.Scope).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Name).HasMaxLength(CategoryRules.MaxNameLength);
        builder.Property(c => c.Description).HasMaxLength(CategoryRules.MaxDescriptionLength);
        builder.HasIndex(c => new { c.TenantId, c.SchoolId });
        builder.HasIndex(c => c.ClassId);
        builder.HasIndex(c => c.GroupId);
    }
}
