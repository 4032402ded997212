using Ent.Data;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;

namespace Ent.Host.Identity.Data;

/// <summary>
/// The identity store: local accounts, links to external providers' users, and the embedded provider's
/// client applications, authorizations and tokens.
/// </summary>
[StoreName(Name)]
internal sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : EntDbContext(options)
{
    public const string Name = "identity";

    public DbSet<LocalAccount> LocalAccounts => Set<LocalAccount>();

    public DbSet<ExternalLogin> ExternalLogins => Set<ExternalLogin>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseOpenIddict();
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreApplication>().ToTable("oauth_applications");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreAuthorization>().ToTable("oauth_authorizations");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreScope>().ToTable("oauth_scopes");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreToken>().ToTable("oauth_tokens");
    }
}

internal sealed class IdentityDesignTimeDbContextFactory : EntDesignTimeDbContextFactory<IdentityDbContext>;
