using Ent.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Host.Identity.Data.EntityTypeConfigurations;

internal sealed class LocalAccountEntityTypeConfiguration : IEntityTypeConfiguration<LocalAccount>
{
    public void Configure(EntityTypeBuilder<LocalAccount> builder)
    {
        builder.ToTable("local_accounts");
        builder.Property(account => account.Login).HasMaxLength(256);
        builder.Property(account => account.NormalizedLogin).HasMaxLength(256);
        builder.Property(account => account.PasswordHash).HasMaxLength(512);
        builder.HasIndex(account => account.NormalizedLogin).IsUnique();
        builder.HasIndex(account => account.PersonId);
        // Erasing a person (GDPR) erases their sign-in.
        builder.HasOne<Person>().WithMany().HasForeignKey(account => account.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
