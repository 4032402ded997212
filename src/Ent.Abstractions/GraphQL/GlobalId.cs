using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using GraphQL;

namespace Ent.GraphQL;

/// <summary>
/// Encodes and decodes the opaque global IDs of <see cref="NodeInterfaceType"/> objects. An ID names the
/// object's GraphQL type and its key; clients must treat it as an opaque string.
/// </summary>
public static class GlobalId
{
    private const char Separator = ':';

    /// <summary>Encodes the global ID of an object.</summary>
    /// <param name="typeName">The object's GraphQL type name.</param>
    /// <param name="key">The object's key.</param>
    /// <returns>The opaque ID.</returns>
    public static string Encode(string typeName, Guid key)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}{Separator}{key:N}"));
    }

    /// <summary>Decodes a global ID.</summary>
    /// <param name="id">The ID a client sent.</param>
    /// <param name="typeName">The GraphQL type name it carries.</param>
    /// <param name="key">The key it carries.</param>
    /// <returns><see langword="true"/> when <paramref name="id"/> is a well-formed global ID.</returns>
    public static bool TryDecode(string? id, [NotNullWhen(true)] out string? typeName, out Guid key)
    {
        typeName = null;
        key = Guid.Empty;
        if (string.IsNullOrEmpty(id) || id.Length > 256)
        {
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(id);
        }
        catch (FormatException)
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(bytes);
        var separator = text.LastIndexOf(Separator);
        if (separator <= 0 || !Guid.TryParseExact(text.AsSpan(separator + 1), "N", out key))
        {
            return false;
        }

        typeName = text[..separator];
        return true;
    }

    /// <summary>Decodes a global ID that must name an object of a given type.</summary>
    /// <param name="id">The ID a client sent.</param>
    /// <param name="expectedTypeName">The GraphQL type the argument takes.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ExecutionError">
    /// With code <see cref="ErrorCodes.BadUserInput"/> when the ID is malformed, and
    /// <see cref="ErrorCodes.NotFound"/> when it names another type.
    /// </exception>
    public static Guid Decode(string? id, string expectedTypeName)
    {
        if (!TryDecode(id, out var typeName, out var key))
        {
            throw EntErrors.BadUserInput("The ID is not a valid global ID.");
        }

        return typeName == expectedTypeName ? key : throw EntErrors.NotFound(expectedTypeName);
    }
}
