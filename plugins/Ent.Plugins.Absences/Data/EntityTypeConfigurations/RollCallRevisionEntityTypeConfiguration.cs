using Ent.Plugins.Absences.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Absences.Data.EntityTypeConfigurations;

internal sealed class RollCallRevisionEntityTypeConfiguration : IEntityTypeConfiguration<RollCallRevision>
{
    public void Configure(EntityTypeBuilder<RollCallRevision> builder)
    {
        builder.ToTable("roll_call_revisions");
        builder.HasIndex(v => new { v.RollCallId, v.Number }).IsUnique();
        builder.HasMany(v => v.Marks).WithOne().HasForeignKey(m => m.RevisionId).OnDelete(DeleteBehavior.Cascade);
    }
}
