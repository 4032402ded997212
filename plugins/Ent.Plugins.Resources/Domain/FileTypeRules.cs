using System.Buffers.Binary;
using Microsoft.AspNetCore.StaticFiles;

namespace Ent.Plugins.Resources.Domain;

/// <summary>
/// Decides the media type a file is served with, from its name rather than from what the client declared, and
/// whether its type is refused: by its extension, by a declared or derived media type, or by content that starts
/// like a Windows or Linux program whatever its name says.
/// </summary>
internal sealed class FileTypeRules(IReadOnlyCollection<string> refusedExtensions, IReadOnlyCollection<string> refusedContentTypes)
{
    /// <summary>The bytes of a file's start <see cref="IsRefused"/> looks at.</summary>
    public const int SniffLength = 1024;

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly HashSet<string> _refusedExtensions = new(refusedExtensions, StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _refusedContentTypes = new(refusedContentTypes, StringComparer.OrdinalIgnoreCase);

    public static FileTypeRules From(ResourcesOptions options) =>
        new(options.RefusedExtensions ?? [.. ResourcesOptions.DefaultRefusedExtensions], options.RefusedContentTypes ?? [.. ResourcesOptions.DefaultRefusedContentTypes]);

    /// <summary>The media type to serve a file with: known from its extension, else <c>application/octet-stream</c>.</summary>
    public static string ContentTypeOf(string fileName) =>
        ContentTypes.TryGetContentType(fileName, out var contentType) ? contentType : "application/octet-stream";

    /// <summary>Tells whether a file is refused, from its name, the type the client declared and its first bytes.</summary>
    public bool IsRefused(string fileName, string? declaredContentType, ReadOnlySpan<byte> start)
    {
        var declared = declaredContentType?.Split(';')[0].Trim();
        return _refusedExtensions.Contains(Path.GetExtension(fileName))
            || (!string.IsNullOrEmpty(declared) && _refusedContentTypes.Contains(declared))
            || _refusedContentTypes.Contains(ContentTypeOf(fileName))
            || LooksLikeProgram(start);
    }

    // A Windows program starts with "MZ" and points at a "PE\0\0" header; a Linux one starts with "\x7fELF".
    private static bool LooksLikeProgram(ReadOnlySpan<byte> start)
    {
        if (start.Length >= 4 && start[0] == 0x7F && start[1] == (byte)'E' && start[2] == (byte)'L' && start[3] == (byte)'F')
        {
            return true;
        }

        if (start.Length < 0x40 || start[0] != (byte)'M' || start[1] != (byte)'Z')
        {
            return false;
        }

        var header = BinaryPrimitives.ReadInt32LittleEndian(start[0x3C..]);
        return header >= 0x40 && header <= start.Length - 4
            && start[header] == (byte)'P' && start[header + 1] == (byte)'E' && start[header + 2] == 0 && start[header + 3] == 0;
    }
}
