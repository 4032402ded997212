using Ent.Host.Identity;

namespace Ent.Host.Tests.Identity;

public sealed class IssuerResolutionTests
{
    [Theory]
    [InlineData("https://ent.loir-et-cher.fr", null, "https://ent.loir-et-cher.fr/")]
    [InlineData("https://ent.loir-et-cher.fr/", "http://+:8080", "https://ent.loir-et-cher.fr/")]
    [InlineData(null, "http://localhost:5080", "http://localhost:5080/")]
    [InlineData("", "http://+:8080;https://+:8443", "http://localhost:8080/")]
    [InlineData(null, "http://0.0.0.0:8080", "http://localhost:8080/")]
    [InlineData(null, null, "http://localhost:5080/")]
    public void The_issuer_is_the_configured_one_else_the_first_server_url_else_the_development_url(string? configured, string? urls, string expected) =>
        Assert.Equal(expected, new EntAuthenticationOptions { Issuer = configured }.ResolveIssuer(urls).AbsoluteUri);
}
