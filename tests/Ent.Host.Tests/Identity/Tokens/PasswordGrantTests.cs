using System.Net;
using Ent.Host.Access;
using Ent.Host.Tests.Infrastructure;
using Ent.Testing;

namespace Ent.Host.Tests.Identity.Tokens;

public abstract class PasswordGrantTests<TEngine>(SignOnHostFixture<TEngine> fixture) : IClassFixture<SignOnHostFixture<TEngine>>
    where TEngine : IDatabaseEngine
{
    private SignOnHost Host => fixture.SignOn;

    [SkippableFact]
    public async Task Password_grant_issues_a_signed_unencrypted_jwt_for_the_person()
    {
        var (response, body) = await Host.PasswordGrantAsync("prof.maths.blois", SignOnHost.DemoPassword, "openid profile offline_access");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var accessToken = body.GetProperty("access_token").GetString()!;
        Assert.Equal(3, accessToken.Split('.').Length);
        var header = TestTokens.Header(accessToken);
        Assert.Equal("RS256", header.GetProperty("alg").GetString());
        Assert.Equal("at+jwt", header.GetProperty("typ").GetString());
        var payload = TestTokens.Payload(accessToken);
        Assert.Equal(SignOnHost.Issuer, payload.GetProperty("iss").GetString());
        Assert.Equal("ent", payload.GetProperty("aud").GetString());
        Assert.Equal((await Host.PersonIdAsync("prof.maths.blois")).ToString(), payload.GetProperty("sub").GetString());
        Assert.Equal(SignOnHost.Tenant, payload.GetProperty(ViewerClaims.Tenant).GetString());
        Assert.False(payload.TryGetProperty("name", out _), "Access tokens carry no personal data.");
        Assert.True(body.TryGetProperty("refresh_token", out _));
        Assert.True(body.TryGetProperty("id_token", out _));
    }

    [SkippableFact]
    public async Task A_valid_token_fills_the_user_with_sub_tenant_and_one_scope_claim_per_scope()
    {
        var (_, body) = await Host.PasswordGrantAsync("cpe.blois", SignOnHost.DemoPassword, "openid profile");

        var user = await Host.ClaimsAsync(body.GetProperty("access_token").GetString());

        Assert.True(user.IsAuthenticated);
        Assert.Equal([(await Host.PersonIdAsync("cpe.blois")).ToString()], user.ValuesOf(ViewerClaims.Subject));
        Assert.Equal([SignOnHost.Tenant], user.ValuesOf(ViewerClaims.Tenant));
        Assert.Equal(["openid", "profile"], user.ValuesOf(ViewerClaims.Scope).Order());
    }

    [SkippableFact]
    public async Task The_token_signs_the_person_in_to_graphql()
    {
        var (_, body) = await Host.PasswordGrantAsync("principal.blois", SignOnHost.DemoPassword);

        var (response, result) = await Host.GraphQLAsync("{ me { firstName lastName } }", body.GetProperty("access_token").GetString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(result.TryGetProperty("errors", out _), result.ToString());
        Assert.False(string.IsNullOrEmpty(result.GetProperty("data").GetProperty("me").GetProperty("lastName").GetString()));
    }

    [SkippableFact]
    public async Task A_wrong_password_is_an_invalid_grant()
    {
        var (response, body) = await Host.PasswordGrantAsync("prof.franc.blois", "not-the-password");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
    }

    [SkippableFact]
    public async Task An_unknown_scope_is_refused()
    {
        var (response, body) = await Host.PasswordGrantAsync("prof.maths.vendome", SignOnHost.DemoPassword, "openid nothing:read");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_scope", body.GetProperty("error").GetString());
    }

    [SkippableFact]
    public async Task A_refresh_token_gives_a_new_access_token_with_the_same_scopes()
    {
        var (_, first) = await Host.PasswordGrantAsync("prof.franc.vendome", SignOnHost.DemoPassword, "openid profile offline_access");

        var response = await Host.Client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = SignOnHost.DemoClient,
            ["refresh_token"] = first.GetProperty("refresh_token").GetString()!,
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refreshed = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var user = await Host.ClaimsAsync(refreshed.GetProperty("access_token").GetString());
        Assert.Equal([(await Host.PersonIdAsync("prof.franc.vendome")).ToString()], user.ValuesOf(ViewerClaims.Subject));
        Assert.Equal(["offline_access", "openid", "profile"], user.ValuesOf(ViewerClaims.Scope).Order());
    }

    [SkippableFact]
    public async Task Discovery_publishes_the_issuer_endpoints_scopes_and_only_s256_pkce()
    {
        var discovery = System.Text.Json.JsonDocument.Parse(await Host.Client.GetStringAsync("/.well-known/openid-configuration")).RootElement;

        Assert.Equal(SignOnHost.Issuer, discovery.GetProperty("issuer").GetString());
        Assert.EndsWith("/connect/token", discovery.GetProperty("token_endpoint").GetString(), StringComparison.Ordinal);
        Assert.Equal(["S256"], discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(method => method.GetString()));
        Assert.Contains("offline_access", discovery.GetProperty("scopes_supported").EnumerateArray().Select(scope => scope.GetString()));
        var keys = System.Text.Json.JsonDocument.Parse(await Host.Client.GetStringAsync("/.well-known/jwks")).RootElement.GetProperty("keys");
        Assert.Equal("RSA", keys[0].GetProperty("kty").GetString());
    }
}

public sealed class PasswordGrantTestsOnSqlite(SignOnHostFixture<Sqlite> fixture) : PasswordGrantTests<Sqlite>(fixture);

public sealed class PasswordGrantTestsOnPostgreSql(SignOnHostFixture<PostgreSql> fixture) : PasswordGrantTests<PostgreSql>(fixture);
