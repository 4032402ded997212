using System.Net;
using Ent.Host.Identity.Tests.Infrastructure;

namespace Ent.Host.Identity.Tests.Accounts;

public sealed class LockoutTests
{
    [Fact]
    public async Task After_repeated_failures_the_account_refuses_even_the_right_password()
    {
        await using var host = await IdentityHost.StartAsync(new Dictionary<string, string?>
        {
            ["Ent:Authentication:Lockout:MaxFailedAttempts"] = "3",
            ["Ent:Authentication:Lockout:Duration"] = "00:10:00",
        });

        var (before, _) = await host.PasswordGrantAsync("cpe.vendome", IdentityHost.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var (failed, _) = await host.PasswordGrantAsync("CPE.Vendome", "wrong");
            Assert.Equal(HttpStatusCode.BadRequest, failed.StatusCode);
        }

        var (locked, body) = await host.PasswordGrantAsync("cpe.vendome", IdentityHost.DemoPassword);

        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
        Assert.Contains("locked", body.GetProperty("error_description").GetString(), StringComparison.Ordinal);
        var (other, _) = await host.PasswordGrantAsync("cpe.blois", IdentityHost.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task A_success_resets_the_count_of_failures()
    {
        await using var host = await IdentityHost.StartAsync(new Dictionary<string, string?>
        {
            ["Ent:Authentication:Lockout:MaxFailedAttempts"] = "2",
        });

        await host.PasswordGrantAsync("principal.vendome", "wrong");
        var (success, _) = await host.PasswordGrantAsync("principal.vendome", IdentityHost.DemoPassword);
        await host.PasswordGrantAsync("principal.vendome", "wrong");
        var (stillOpen, _) = await host.PasswordGrantAsync("principal.vendome", IdentityHost.DemoPassword);

        Assert.Equal(HttpStatusCode.OK, success.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillOpen.StatusCode);
    }
}
