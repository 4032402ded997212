using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ent.Host.Access;
using Ent.Host.Tests.Infrastructure;
using Ent.Testing;
using Microsoft.IdentityModel.Tokens;

namespace Ent.Host.Tests.Identity.Server;

/// <summary>A third-party app's sign-in: the authorization code flow with PKCE, through the sign-in page.</summary>
public sealed partial class AuthorizationCodeFlowTests(SignOnHostFixture<Sqlite> fixture) : IClassFixture<SignOnHostFixture<Sqlite>>
{
    private const string RedirectUri = "http://localhost:5173/callback";

    [Fact]
    public async Task Signing_in_on_the_page_gives_a_code_that_pkce_exchanges_for_tokens()
    {
        using var browser = Browser();
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

        var page = await browser.GetAsync(AuthorizeUri(challenge));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("ENT demo app", html, StringComparison.Ordinal);
        Assert.Contains("<code>profile</code>", html, StringComparison.Ordinal);

        var redirect = await browser.PostAsync("/connect/authorize", SignInForm(html, "parent.moreau", SignOnHost.DemoPassword));

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var location = redirect.Headers.Location!;
        Assert.StartsWith(RedirectUri, location.AbsoluteUri, StringComparison.Ordinal);
        var query = System.Web.HttpUtility.ParseQueryString(location.Query);
        Assert.Equal("xyz", query["state"]);

        var exchange = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = SignOnHost.DemoClient,
            ["code"] = query["code"]!,
            ["redirect_uri"] = RedirectUri,
            ["code_verifier"] = verifier,
        }));
        Assert.Equal(HttpStatusCode.OK, exchange.StatusCode);
        var tokens = JsonDocument.Parse(await exchange.Content.ReadAsStringAsync()).RootElement;
        var user = await fixture.SignOn.ClaimsAsync(tokens.GetProperty("access_token").GetString());
        Assert.Equal([(await fixture.SignOn.PersonIdAsync("parent.moreau")).ToString()], user.ValuesOf(ViewerClaims.Subject));
        Assert.Equal(["openid", "profile"], user.ValuesOf(ViewerClaims.Scope).Order());
    }

    [Fact]
    public async Task A_wrong_password_shows_the_page_again_with_an_error()
    {
        using var browser = Browser();
        var html = await (await browser.GetAsync(AuthorizeUri("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"))).Content.ReadAsStringAsync();

        var again = await browser.PostAsync("/connect/authorize", SignInForm(html, "parent.moreau", "wrong"));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Identifiant ou mot de passe incorrect", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_without_pkce_is_refused()
    {
        using var browser = Browser();

        var response = await browser.GetAsync($"/connect/authorize?client_id={SignOnHost.DemoClient}&response_type=code&scope=openid&redirect_uri={Uri.EscapeDataString(RedirectUri)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("code_challenge", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_posted_without_the_antiforgery_token_is_refused()
    {
        using var browser = Browser();
        var html = await (await browser.GetAsync(AuthorizeUri("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"))).Content.ReadAsStringAsync();
        var fields = HiddenFields(html).Where(field => !field.Key.StartsWith("__", StringComparison.Ordinal)).ToDictionary();
        fields["username"] = "parent.moreau";
        fields["password"] = SignOnHost.DemoPassword;

        var response = await browser.PostAsync("/connect/authorize", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private HttpClient Browser() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = fixture.SignOn.BaseAddress };

    private static string AuthorizeUri(string challenge) =>
        $"/connect/authorize?client_id={SignOnHost.DemoClient}&response_type=code&scope={Uri.EscapeDataString("openid profile")}"
        + $"&redirect_uri={Uri.EscapeDataString(RedirectUri)}&state=xyz&code_challenge={challenge}&code_challenge_method=S256";

    private static FormUrlEncodedContent SignInForm(string html, string login, string password)
    {
        var fields = HiddenFields(html).ToDictionary();
        fields["username"] = login;
        fields["password"] = password;
        return new FormUrlEncodedContent(fields);
    }

    private static IEnumerable<KeyValuePair<string, string>> HiddenFields(string html) =>
        HiddenInput().Matches(html).Select(match => KeyValuePair.Create(
            WebUtility.HtmlDecode(match.Groups["name"].Value), WebUtility.HtmlDecode(match.Groups["value"].Value)));

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]*)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex HiddenInput();
}
