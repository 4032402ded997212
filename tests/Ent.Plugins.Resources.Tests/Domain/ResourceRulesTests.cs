using Ent.Plugins.Resources.Domain;
using Xunit;

namespace Ent.Plugins.Resources.Tests.Domain;

public sealed class ResourceRulesTests
{
    [Theory]
    [InlineData("https://eduscol.education.fr/", true)]
    [InlineData("http://example.org/cours?id=3#partie-2", true)]
    [InlineData("  https://fr.wikipedia.org/wiki/Fable  ", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("data:text/html,<script>alert(1)</script>", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("ftp://example.org/cours.pdf", false)]
    [InlineData("//example.org/cours", false)]
    [InlineData("/cours/fractions", false)]
    [InlineData("https://user:password@example.org/", false)]
    [InlineData("https://exa mple.org/", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_absolute_http_addresses_without_credentials_are_links(string? text, bool valid) =>
        Assert.Equal(valid, ResourceRules.TryParseLink(text, out _));

    [Fact]
    public void A_link_longer_than_the_limit_is_refused() =>
        Assert.False(ResourceRules.TryParseLink("https://example.org/" + new string('a', ResourceRules.UrlMaxLength), out _));

    [Fact]
    public void Tags_are_trimmed_folded_to_lowercase_and_unique() =>
        Assert.Equal(["fractions", "4e", "calcul mental"], ResourceRules.NormalizeTags(["  Fractions", "4E", "fractions", "", "Calcul mental "]));

    [Fact]
    public void Search_text_drops_case_accents_and_extra_spaces() =>
        Assert.Equal("les equations du 1er degre : methode equations", ResourceRules.SearchTextOf("Les  Équations du 1er degré :", "Méthode", ["équations"]));

    [Fact]
    public void A_blank_required_text_or_a_too_long_one_is_a_user_error()
    {
        Assert.Equal(ResourceErrorCodes.Required, ResourceRules.CheckText("   ", 10, "title", required: true)!.Code);
        Assert.Null(ResourceRules.CheckText(null, 10, "description", required: false));
        var tooLong = ResourceRules.CheckText(new string('x', 11), 10, "title", required: true)!;
        Assert.Equal(ResourceErrorCodes.TooLong, tooLong.Code);
        Assert.Equal(["input", "title"], tooLong.Field);
    }

    [Fact]
    public void More_than_twenty_tags_or_a_long_tag_is_refused()
    {
        Assert.Equal(ResourceErrorCodes.TooManyTags, ResourceRules.CheckTags([.. Enumerable.Range(0, 21).Select(i => $"tag{i}")])!.Code);
        Assert.Equal(ResourceErrorCodes.TooLong, ResourceRules.CheckTags([new string('t', ResourceRules.TagMaxLength + 1)])!.Code);
        Assert.Null(ResourceRules.CheckTags(["géométrie"]));
    }

    [Theory]
    [InlineData(0, "0 bytes")]
    [InlineData(1023, "1023 bytes")]
    [InlineData(40_000, "39.1 KiB")]
    [InlineData(65_536, "64 KiB")]
    [InlineData(52_428_800, "50 MiB")]
    [InlineData(1_073_741_824, "1 GiB")]
    public void Sizes_are_written_in_binary_units(long bytes, string text) => Assert.Equal(text, ByteSize.Format(bytes));
}
