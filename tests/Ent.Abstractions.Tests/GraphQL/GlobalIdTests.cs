using System.Buffers.Text;
using System.Text;
using Ent.GraphQL;
using GraphQL;

namespace Ent.Tests.GraphQL;

public sealed class GlobalIdTests
{
    [Theory]
    [InlineData("Evaluation")]
    [InlineData("Mark")]
    [InlineData("Name:With:Colons")]
    public void Decodes_what_it_encodes(string typeName)
    {
        var key = Guid.NewGuid();

        var id = GlobalId.Encode(typeName, key);

        Assert.True(GlobalId.TryDecode(id, out var decodedType, out var decodedKey));
        Assert.Equal(typeName, decodedType);
        Assert.Equal(key, decodedKey);
    }

    [Fact]
    public void Encodes_an_opaque_url_safe_string()
    {
        var id = GlobalId.Encode("Evaluation", Guid.NewGuid());

        Assert.DoesNotContain("Evaluation", id, StringComparison.Ordinal);
        Assert.Matches("^[A-Za-z0-9_-]+$", id);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("====")]
    public void Refuses_an_id_that_is_not_base64url(string? id)
    {
        Assert.False(GlobalId.TryDecode(id, out var typeName, out var key));
        Assert.Null(typeName);
        Assert.Equal(Guid.Empty, key);
    }

    [Theory]
    [InlineData("Evaluation")]
    [InlineData(":0f8fad5bd9cb469fa16570867728950e")]
    [InlineData("Evaluation:not-a-guid")]
    [InlineData("Evaluation:0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("Evaluation:0f8fad5bd9cb469fa16570867728950e0")]
    public void Refuses_a_well_encoded_id_of_the_wrong_shape(string text)
    {
        Assert.False(GlobalId.TryDecode(Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text)), out _, out _));
    }

    [Fact]
    public void Refuses_an_id_longer_than_256_characters()
    {
        var id = GlobalId.Encode(new string('T', 200), Guid.NewGuid());

        Assert.True(id.Length > 256);
        Assert.False(GlobalId.TryDecode(id, out _, out _));
    }

    [Fact]
    public void Decode_returns_the_key_of_an_id_of_the_expected_type()
    {
        var key = Guid.NewGuid();

        Assert.Equal(key, GlobalId.Decode(GlobalId.Encode("Evaluation", key), "Evaluation"));
    }

    [Fact]
    public void Decode_refuses_a_malformed_id_as_bad_user_input()
    {
        var error = Assert.Throws<ExecutionError>(() => GlobalId.Decode("garbage", "Evaluation"));

        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
    }

    [Fact]
    public void Decode_treats_an_id_of_another_type_as_not_found()
    {
        var error = Assert.Throws<ExecutionError>(() => GlobalId.Decode(GlobalId.Encode("Mark", Guid.NewGuid()), "Evaluation"));

        Assert.Equal(ErrorCodes.NotFound, error.Code);
        Assert.Equal("Evaluation not found.", error.Message);
    }

    [Fact]
    public void Encode_refuses_an_empty_type_name()
    {
        Assert.Throws<ArgumentException>(() => GlobalId.Encode(string.Empty, Guid.NewGuid()));
    }
}
