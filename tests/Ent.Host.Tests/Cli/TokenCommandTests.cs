using System.CommandLine;
using Ent.Host.Access;
using Ent.Host.Cli;
using Ent.Host.Tests.Infrastructure;
using Ent.Testing;

namespace Ent.Host.Tests.Cli;

/// <summary>The <c>token</c> command prints, alone on a line, a token the running host accepts.</summary>
public sealed class TokenCommandTests(SignOnHostFixture<Sqlite> fixture) : IClassFixture<SignOnHostFixture<Sqlite>>
{
    [Fact]
    public async Task The_printed_token_signs_the_login_in_with_the_chosen_scopes()
    {
        var (exitCode, output, error) = await RunAsync("token", "--login", "prof.maths.blois", "--scope", "openid profile", "--lifetime", "5m");

        Assert.True(exitCode == 0, error);
        var token = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var user = await fixture.SignOn.ClaimsAsync(token.Trim());
        Assert.True(user.IsAuthenticated);
        Assert.Equal([(await fixture.SignOn.PersonIdAsync("prof.maths.blois")).ToString()], user.ValuesOf(ViewerClaims.Subject));
        Assert.Equal([SignOnHost.Tenant], user.ValuesOf(ViewerClaims.Tenant));
        Assert.Equal(["openid", "profile"], user.ValuesOf(ViewerClaims.Scope).Order());
        var payload = TestTokens.Payload(token.Trim());
        Assert.InRange(payload.GetProperty("exp").GetInt64() - payload.GetProperty("iat").GetInt64(), 299, 301);
    }

    [Fact]
    public async Task A_person_of_the_directory_gets_a_token_by_their_external_id()
    {
        var (exitCode, output, error) = await RunAsync("token", "--person", "parent.moreau");

        Assert.True(exitCode == 0, error);
        var user = await fixture.SignOn.ClaimsAsync(output.Trim());
        Assert.Equal([(await fixture.SignOn.PersonIdAsync("parent.moreau")).ToString()], user.ValuesOf(ViewerClaims.Subject));
    }

    [Fact]
    public async Task An_unknown_login_prints_no_token_and_fails()
    {
        var (exitCode, output, error) = await RunAsync("token", "--login", "nobody");

        Assert.NotEqual(0, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains("nobody", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_scope_is_refused()
    {
        var (exitCode, _, error) = await RunAsync("token", "--login", "prof.maths.blois", "--scope", "nothing:read");

        Assert.Equal(2, exitCode);
        Assert.Contains("nothing:read", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("90s", 90)]
    [InlineData("30m", 1800)]
    [InlineData("1h", 3600)]
    [InlineData("2d", 172800)]
    [InlineData("01:00:00", 3600)]
    public void Lifetimes_read_as_durations(string text, int seconds)
    {
        Assert.True(TokenCommand.TryParseLifetime(text, out var lifetime));
        Assert.Equal(TimeSpan.FromSeconds(seconds), lifetime);
    }

    [Theory]
    [InlineData("")]
    [InlineData("h")]
    [InlineData("-1h")]
    [InlineData("soon")]
    public void Nonsense_lifetimes_are_refused(string text) => Assert.False(TokenCommand.TryParseLifetime(text, out _));

    // The command runs as 'dotnet run -- token ...' does, on the host's data directory and issuer.
    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand { TokenCommand.Create() };
        var exitCode = await root.Parse([.. args, .. fixture.SignOn.ConfigurationArgs()]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
