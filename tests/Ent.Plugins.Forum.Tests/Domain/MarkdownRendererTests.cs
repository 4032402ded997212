using Ent.Plugins.Forum.Domain;
using Xunit;

namespace Ent.Plugins.Forum.Tests.Domain;

public sealed class MarkdownRendererTests
{
    [Fact]
    public void Markdown_is_rendered_with_links_kept_and_sent_without_referrer()
    {
        var html = MarkdownRenderer.ToHtml("Voir **le programme** sur [le site](https://eduscol.education.fr/).");

        Assert.Equal("<p>Voir <strong>le programme</strong> sur <a href=\"https://eduscol.education.fr/\" rel=\"nofollow noopener noreferrer\">le site</a>.</p>\n", html);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("texte <b onmouseover=\"alert(1)\">gras</b>")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>")]
    public void Raw_html_is_shown_as_text_never_passed_through(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b ", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[clic](javascript:alert(1))", "clic")]
    [InlineData("[clic](JaVaScRiPt:alert(1))", "clic")]
    [InlineData("[clic](java\tscript:alert(1))", "clic")]
    [InlineData("[clic](javascript&#58;alert(1))", "clic")]
    [InlineData("[clic](data:text/html;base64,PHNjcmlwdD4=)", "clic")]
    [InlineData("[clic](vbscript:msgbox)", "clic")]
    [InlineData("![photo](javascript:alert(1))", "photo")]
    public void Links_with_a_dangerous_scheme_become_their_text(string markdown, string text)
    {
        var html = MarkdownRenderer.ToHtml(markdown);

        Assert.DoesNotContain("href", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src", html, StringComparison.Ordinal);
        Assert.Contains(text, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Autolinks_with_a_dangerous_scheme_stay_text()
    {
        var html = MarkdownRenderer.ToHtml("<javascript:alert(1)> et <https://ent.example.fr>");

        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"https://ent.example.fr\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.org", true)]
    [InlineData("http://example.org", true)]
    [InlineData("mailto:vie.scolaire@example.org", true)]
    [InlineData("/forum/sujet", true)]
    [InlineData("#message-3", true)]
    [InlineData("page?x=a:b", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData(" javascript:alert(1)", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("file:///etc/passwd", false)]
    public void Only_web_and_mail_addresses_and_relative_ones_are_safe(string url, bool safe) =>
        Assert.Equal(safe, MarkdownRenderer.IsSafeUrl(url));
}
