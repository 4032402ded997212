using Ent.Plugins.Absences.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Absences.Data.EntityTypeConfigurations;

internal sealed class RollCallEntityTypeConfiguration : IEntityTypeConfiguration<RollCall>
{
    public void Configure(EntityTypeBuilder<RollCall> builder)
    {
        // The directory's tables belong to its store: no foreign key reaches them.
        builder.ToTable("roll_calls");
        builder.Property(r => r.TenantId).HasMaxLength(64);

        // One roll call per lesson; NULLs never collide, so the class and the group indexes apply apart.
        builder.HasIndex(r => new { r.ClassId, r.StartsAt }).IsUnique();
        builder.HasIndex(r => new { r.GroupId, r.StartsAt }).IsUnique();
        builder.HasIndex(r => new { r.TeacherId, r.StartsAt });
        builder.HasMany(r => r.Events).WithOne().HasForeignKey(e => e.RollCallId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Revisions).WithOne().HasForeignKey(v => v.RollCallId).OnDelete(DeleteBehavior.Cascade);
    }
}
