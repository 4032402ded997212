using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Plugins.Forum.Data.EntityTypeConfigurations;

/// <summary>Maps the rows of the engine-specific full-text queries; no table backs them.</summary>
internal sealed class MessageSearchHitEntityTypeConfiguration : IEntityTypeConfiguration<MessageSearchHit>
{
    public void Configure(EntityTypeBuilder<MessageSearchHit> builder)
    {
        builder.HasNoKey();
        builder.ToView(null);
    }
}
