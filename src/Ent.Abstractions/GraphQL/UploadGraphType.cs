using GraphQL.Types;
using GraphQLParser.AST;

namespace Ent.GraphQL;

/// <summary>
/// The <c>Upload</c> scalar of the GraphQL multipart request specification: an input-only value whose
/// variable a client sets to <c>null</c> in <c>operations</c> and maps to a file part. Resolvers read it as an
/// <see cref="Upload"/>.
/// </summary>
public sealed class UploadGraphType : ScalarGraphType
{
    /// <summary>Initializes the type.</summary>
    public UploadGraphType()
    {
        Name = "Upload";
        Description = "A file sent as a part of a `multipart/form-data` request, following the GraphQL multipart request specification. Input only.";
    }

    /// <inheritdoc />
    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        Upload upload => upload,
        _ => ThrowValueConversionError(value),
    };

    /// <inheritdoc />
    public override bool CanParseValue(object? value) => value is null or Upload;

    /// <inheritdoc />
    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        _ => ThrowLiteralConversionError(value, "An Upload is sent as a file part of a multipart request, through a variable."),
    };

    /// <inheritdoc />
    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLNullValue;

    /// <inheritdoc />
    public override object? Serialize(object? value) => value switch
    {
        null => null,
        _ => ThrowSerializationError(value),
    };
}
