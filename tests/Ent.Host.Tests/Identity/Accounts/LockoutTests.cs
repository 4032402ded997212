using System.Net;
using Ent.Host.Tests.Infrastructure;
using Ent.Testing;

namespace Ent.Host.Tests.Identity.Accounts;

public abstract class LockoutTests<TEngine>
    where TEngine : IDatabaseEngine
{
    [SkippableFact]
    public async Task After_repeated_failures_the_account_refuses_even_the_right_password()
    {
        await using var host = await SignOnHost.StartAsync(new Dictionary<string, string?>
        {
            ["Ent:Authentication:Lockout:MaxFailedAttempts"] = "3",
            ["Ent:Authentication:Lockout:Duration"] = "00:10:00",
        }, database: TEngine.Provider);

        var (before, _) = await host.PasswordGrantAsync("cpe.vendome", SignOnHost.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var (failed, _) = await host.PasswordGrantAsync("CPE.Vendome", "wrong");
            Assert.Equal(HttpStatusCode.BadRequest, failed.StatusCode);
        }

        var (locked, body) = await host.PasswordGrantAsync("cpe.vendome", SignOnHost.DemoPassword);

        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
        Assert.Contains("locked", body.GetProperty("error_description").GetString(), StringComparison.Ordinal);
        var (other, _) = await host.PasswordGrantAsync("cpe.blois", SignOnHost.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [SkippableFact]
    public async Task A_success_resets_the_count_of_failures()
    {
        await using var host = await SignOnHost.StartAsync(new Dictionary<string, string?>
        {
            ["Ent:Authentication:Lockout:MaxFailedAttempts"] = "2",
        }, database: TEngine.Provider);

        await host.PasswordGrantAsync("principal.vendome", "wrong");
        var (success, _) = await host.PasswordGrantAsync("principal.vendome", SignOnHost.DemoPassword);
        await host.PasswordGrantAsync("principal.vendome", "wrong");
        var (stillOpen, _) = await host.PasswordGrantAsync("principal.vendome", SignOnHost.DemoPassword);

        Assert.Equal(HttpStatusCode.OK, success.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillOpen.StatusCode);
    }
}

public sealed class LockoutTestsOnSqlite : LockoutTests<Sqlite>;

public sealed class LockoutTestsOnPostgreSql : LockoutTests<PostgreSql>;
