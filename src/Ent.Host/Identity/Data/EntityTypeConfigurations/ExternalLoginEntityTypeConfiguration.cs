using Ent.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Host.Identity.Data.EntityTypeConfigurations;

internal sealed class ExternalLoginEntityTypeConfiguration : IEntityTypeConfiguration<ExternalLogin>
{
    public void Configure(EntityTypeBuilder<ExternalLogin> builder)
    {
        builder.ToTable("external_logins");
        builder.HasKey(login => new { login.Provider, login.Subject });
        builder.Property(login => login.Provider).HasMaxLength(64);
        builder.Property(login => login.Subject).HasMaxLength(256);
        builder.HasIndex(login => login.PersonId);
        builder.HasOne<Person>().WithMany().HasForeignKey(login => login.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
