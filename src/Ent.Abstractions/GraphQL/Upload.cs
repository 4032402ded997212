namespace Ent.GraphQL;

/// <summary>
/// A file sent with a GraphQL request under the GraphQL multipart request specification, given to resolvers
/// as the value of an <see cref="UploadGraphType"/> argument. The host has received the whole file before
/// the operation runs, and removes it when the request ends: copy what must be kept to
/// <see cref="Files.IFileStorage"/>.
/// </summary>
public abstract class Upload
{
    /// <summary>Gets the file name the client sent, for display only: it never decides where a file is stored.</summary>
    public abstract string FileName { get; }

    /// <summary>Gets the media type the client declared, such as <c>application/pdf</c>; untrusted.</summary>
    public abstract string ContentType { get; }

    /// <summary>Gets the number of bytes the host received (not a length the client declared).</summary>
    public abstract long Length { get; }

    /// <summary>Opens the file for reading from its start; each call returns a new stream.</summary>
    /// <returns>A read-only stream the caller disposes.</returns>
    public abstract Stream OpenReadStream();
}
