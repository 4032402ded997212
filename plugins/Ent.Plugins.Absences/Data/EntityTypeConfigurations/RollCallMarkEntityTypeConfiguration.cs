using Ent.Plugins.Absences.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Absences.Data.EntityTypeConfigurations;

internal sealed class RollCallMarkEntityTypeConfiguration : IEntityTypeConfiguration<RollCallMark>
{
    public void Configure(EntityTypeBuilder<RollCallMark> builder)
    {
        builder.ToTable("roll_call_marks");
        builder.HasKey(m => new { m.RevisionId, m.StudentId });
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
    }
}
