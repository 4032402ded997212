using System.Net;
using Ent.Host.Identity.Data;
using Ent.Host.Identity.Server;
using Ent.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.EntityFrameworkCore.Models;

namespace Ent.Host.Tests.Identity.Server;

public sealed class TokenPruningTests
{
    [Fact]
    public async Task Expired_access_and_refresh_token_entries_are_deleted()
    {
        await using var host = await SignOnHost.StartAsync(new Dictionary<string, string?>
        {
            ["Ent:Authentication:AccessTokenLifetime"] = "00:00:01",
            ["Ent:Authentication:RefreshTokenLifetime"] = "00:00:01",
        });
        var (response, _) = await host.PasswordGrantAsync("prof.maths.blois", SignOnHost.DemoPassword, "openid offline_access");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(0, await CountTokensAsync(host));

        await Task.Delay(TimeSpan.FromSeconds(2.5));
        await host.Services.GetServices<IHostedService>().OfType<TokenPruning>().Single().PruneAsync(CancellationToken.None);

        Assert.Equal(0, await CountTokensAsync(host));
    }

    private static async Task<int> CountTokensAsync(SignOnHost host)
    {
        await using var store = await host.Services.GetRequiredService<IDbContextFactory<IdentityDbContext>>().CreateDbContextAsync();
        // Identity tokens live longer (20 minutes) and are pruned once expired too.
        return await store.Set<OpenIddictEntityFrameworkCoreToken>().CountAsync(token => token.Type != "urn:ietf:params:oauth:token-type:id_token");
    }
}
