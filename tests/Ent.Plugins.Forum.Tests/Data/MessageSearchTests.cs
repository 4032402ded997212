using Ent.Plugins.Forum.Data;
using Xunit;

namespace Ent.Plugins.Forum.Tests.Data;

public sealed class MessageSearchTests
{
    [Theory]
    [InlineData("mathématiques", "\"mathématiques\"*")]
    [InlineData("  sortie   château ", "\"sortie\"* \"château\"*")]
    [InlineData("\"NEAR(a b\" OR body:x*", "\"NEAR\"* \"a\"* \"b\"* \"OR\"* \"body\"* \"x\"*")]
    [InlineData("l'école", "\"l\"* \"école\"*")]
    public void User_input_becomes_words_that_must_all_match_as_prefixes(string text, string query) =>
        Assert.Equal(query, MessageSearch.ToFts5Query(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"*()-:")]
    public void Input_without_words_matches_nothing(string text) =>
        Assert.Null(MessageSearch.ToFts5Query(text));
}
