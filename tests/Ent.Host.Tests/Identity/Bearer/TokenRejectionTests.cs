using System.Net;
using System.Security.Cryptography;
using Ent.GraphQL;
using Ent.Host.Access;
using Ent.Host.Identity.Keys;
using Ent.Host.Tests.Infrastructure;
using Ent.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Ent.Host.Tests.Identity.Tokens;

/// <summary>Tokens the host must not believe make the request unauthenticated, and a GraphQL request answers 401.</summary>
public sealed class TokenRejectionTests(SignOnHostFixture<Sqlite> fixture) : IClassFixture<SignOnHostFixture<Sqlite>>
{
    private SignOnHost Host => fixture.SignOn;

    private SigningCredentials HostKey => new(Host.Services.GetRequiredService<ProviderKeys>().SigningKey, SecurityAlgorithms.RsaSha256);

    [Fact]
    public async Task A_well_formed_token_is_accepted()
    {
        var user = await Host.ClaimsAsync(await TokenAsync(HostKey));

        Assert.True(user.IsAuthenticated);
        Assert.Equal(["grades:read", "grades:write"], user.ValuesOf(ViewerClaims.Scope).Order());
    }

    [Fact]
    public async Task An_expired_token_is_refused() =>
        await AssertRefusedAsync(await TokenAsync(HostKey, expires: DateTime.UtcNow.AddMinutes(-5)));

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        using var rsa = RSA.Create(2048);
        var forged = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = Host.Services.GetRequiredService<ProviderKeys>().SigningKey.KeyId }, SecurityAlgorithms.RsaSha256);

        await AssertRefusedAsync(await TokenAsync(forged));
    }

    [Fact]
    public async Task An_unsigned_token_is_refused()
    {
        var unsigned = await TokenAsync(signing: null);
        Assert.Equal("none", TestTokens.Header(unsigned).GetProperty("alg").GetString());

        await AssertRefusedAsync(unsigned);
    }

    [Fact]
    public async Task A_token_signed_with_a_shared_secret_is_refused() =>
        await AssertRefusedAsync(await TokenAsync(new SigningCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)), SecurityAlgorithms.HmacSha256)));

    [Fact]
    public async Task A_token_for_another_audience_is_refused() =>
        await AssertRefusedAsync(await TokenAsync(HostKey, audience: "another-api"));

    [Fact]
    public async Task A_token_from_another_issuer_is_refused() =>
        await AssertRefusedAsync(await TokenAsync(HostKey, issuer: "http://elsewhere.test/"));

    [Fact]
    public async Task An_identity_token_is_not_an_access_token() =>
        await AssertRefusedAsync(await TokenAsync(HostKey, type: "JWT"));

    [Fact]
    public async Task A_token_naming_no_person_is_refused() =>
        await AssertRefusedAsync(TestTokens.Create(HostKey, SignOnHost.Issuer, "ent", new Dictionary<string, object> { ["sub"] = "someone", [ViewerClaims.Tenant] = SignOnHost.Tenant }));

    [Fact]
    public async Task Without_a_token_a_field_that_needs_a_viewer_answers_unauthenticated()
    {
        var (response, body) = await Host.GraphQLAsync("{ me { lastName } }", accessToken: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ErrorCodes.Unauthenticated, body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_token_without_the_scope_a_field_needs_answers_forbidden()
    {
        var token = await TokenAsync(HostKey, scope: "grades:write");

        var (_, body) = await Host.GraphQLAsync("{ scopeProbe }", token);

        Assert.Equal(ErrorCodes.Forbidden, body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_token_with_the_scope_a_field_needs_reads_it()
    {
        var (_, body) = await Host.GraphQLAsync("{ scopeProbe }", await TokenAsync(HostKey, scope: ScopeProbeContributor.Scope));

        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        Assert.Equal("granted", body.GetProperty("data").GetProperty("scopeProbe").GetString());
    }

    private async Task<string> TokenAsync(
        SigningCredentials? signing,
        string issuer = SignOnHost.Issuer,
        string audience = "ent",
        DateTime? expires = null,
        string type = "at+jwt",
        string scope = "grades:read grades:write")
    {
        var claims = new Dictionary<string, object>
        {
            ["sub"] = (await Host.PersonIdAsync("prof.maths.blois")).ToString(),
            [ViewerClaims.Tenant] = SignOnHost.Tenant,
            ["scope"] = scope,
        };
        return TestTokens.Create(signing, issuer, audience, claims, expires, type);
    }

    private async Task AssertRefusedAsync(string token)
    {
        Assert.False((await Host.ClaimsAsync(token)).IsAuthenticated);

        var (response, body) = await Host.GraphQLAsync("{ me { lastName } }", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Contains("error=\"invalid_token\"", challenge.Parameter, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.Unauthenticated, body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
