using System.Net;
using System.Security.Cryptography;
using Ent.Host.Access;
using Ent.Host.Identity.Accounts;
using Ent.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Ent.Host.Tests.Identity.Bearer;

/// <summary>
/// In the external mode the host accepts an external provider's tokens for its audience and maps their subject to
/// a person through the external-login table. The provider's keys are given statically instead of discovered.
/// </summary>
public sealed class ExternalModeTests : IAsyncLifetime, IDisposable
{
    private const string Authority = "https://idp.test/realms/ent/";
    private const string Audience = "ent-api";
    private const string Provider = "educonnect";
    private const string LinkedSubject = "f:1234-abcd";

    private readonly RSA _providerRsa = RSA.Create(2048);
    private SignOnHost? _host;

    private SignOnHost Host => _host!;

    private SigningCredentials ProviderKey => new(new RsaSecurityKey(_providerRsa) { KeyId = "idp-1" }, SecurityAlgorithms.RsaSha256);

    public async Task InitializeAsync()
    {
        var providerKey = new RsaSecurityKey(_providerRsa.ExportParameters(includePrivateParameters: false)) { KeyId = "idp-1" };
        _host = await SignOnHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["Ent:Authentication:Mode"] = "External",
                ["Ent:Authentication:External:Authority"] = Authority,
                ["Ent:Authentication:External:Audience"] = Audience,
                ["Ent:Authentication:External:Provider"] = Provider,
                ["Ent:Authentication:External:GrantedScopes:0"] = "grades:read",
            },
            builder => builder.Services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, bearer =>
            {
                bearer.Configuration = new OpenIdConnectConfiguration { Issuer = Authority };
                bearer.Configuration.SigningKeys.Add(providerKey);
            }));
        await Host.Services.GetRequiredService<ExternalLoginService>()
            .LinkAsync(Provider, LinkedSubject, await Host.PersonIdAsync("parent.moreau"), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    public void Dispose() => _providerRsa.Dispose();

    [Fact]
    public async Task A_linked_subject_becomes_the_directory_person()
    {
        var user = await Host.ClaimsAsync(ProviderToken(LinkedSubject));

        Assert.True(user.IsAuthenticated);
        Assert.Equal([(await Host.PersonIdAsync("parent.moreau")).ToString()], user.ValuesOf(ViewerClaims.Subject));
        Assert.Equal([SignOnHost.Tenant], user.ValuesOf(ViewerClaims.Tenant));
        Assert.Equal(["grades:read", "openid", "profile"], user.ValuesOf(ViewerClaims.Scope).Order());
        var (_, body) = await Host.GraphQLAsync("{ me { lastName } }", ProviderToken(LinkedSubject));
        Assert.Equal("Moreau", body.GetProperty("data").GetProperty("me").GetProperty("lastName").GetString());
    }

    [Fact]
    public async Task An_unknown_subject_is_unauthenticated() =>
        await AssertRefusedAsync(ProviderToken("f:someone-else"));

    [Fact]
    public async Task A_token_for_another_audience_is_refused() =>
        await AssertRefusedAsync(ProviderToken(LinkedSubject, audience: "another-api"));

    [Fact]
    public async Task A_token_from_another_issuer_is_refused() =>
        await AssertRefusedAsync(ProviderToken(LinkedSubject, issuer: "https://evil.test/"));

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        using var other = RSA.Create(2048);
        await AssertRefusedAsync(ProviderToken(LinkedSubject, signing: new SigningCredentials(new RsaSecurityKey(other) { KeyId = "idp-1" }, SecurityAlgorithms.RsaSha256)));
    }

    [Fact]
    public async Task An_expired_token_is_refused() =>
        await AssertRefusedAsync(ProviderToken(LinkedSubject, expires: DateTime.UtcNow.AddMinutes(-5)));

    [Fact]
    public async Task The_host_issues_no_tokens()
    {
        var response = await Host.Client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "password" }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private string ProviderToken(string subject, string issuer = Authority, string audience = Audience, DateTime? expires = null, SigningCredentials? signing = null) =>
        TestTokens.Create(signing ?? ProviderKey, issuer, audience, new Dictionary<string, object> { ["sub"] = subject, ["scope"] = "openid profile" }, expires, type: "JWT");

    private async Task AssertRefusedAsync(string token)
    {
        Assert.False((await Host.ClaimsAsync(token)).IsAuthenticated);
        var (response, _) = await Host.GraphQLAsync("{ me { lastName } }", token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
