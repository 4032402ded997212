using System.Net;
using Ent.Host.Tests.Infrastructure;

namespace Ent.Host.Tests.Identity.RateLimiting;

public sealed class SignInRateLimitTests
{
    [Fact]
    public async Task Too_many_attempts_for_one_login_answer_429_with_retry_after()
    {
        await using var host = await SignOnHost.StartAsync(new Dictionary<string, string?>
        {
            ["Ent:Authentication:RateLimit:PermitsPerLogin"] = "2",
            ["Ent:Authentication:RateLimit:Window"] = "00:10:00",
        });

        var (first, _) = await host.PasswordGrantAsync("prof.maths.blois", "wrong");
        var (second, _) = await host.PasswordGrantAsync("PROF.MATHS.BLOIS", "wrong");
        var (third, body) = await host.PasswordGrantAsync("prof.maths.blois", SignOnHost.DemoPassword);
        var (otherLogin, _) = await host.PasswordGrantAsync("cpe.blois", SignOnHost.DemoPassword);

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter);
        Assert.Equal("too_many_requests", body.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, otherLogin.StatusCode);
    }

    [Fact]
    public async Task Too_many_attempts_from_one_address_answer_429_whatever_the_login()
    {
        await using var host = await SignOnHost.StartAsync(new Dictionary<string, string?>
        {
            ["Ent:Authentication:RateLimit:PermitsPerAddress"] = "3",
            ["Ent:Authentication:RateLimit:Window"] = "00:10:00",
        });

        string[] logins = ["principal.blois", "cpe.blois", "prof.franc.blois", "prof.maths.blois"];
        var statuses = new List<HttpStatusCode>();
        foreach (var login in logins)
        {
            statuses.Add((await host.PasswordGrantAsync(login, "wrong")).Response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
        var graphql = await host.GraphQLAsync("{ tenant { id } }", accessToken: null);
        Assert.Equal(HttpStatusCode.OK, graphql.Response.StatusCode);
    }
}
