namespace Ent.Files;

/// <summary>Thrown by <see cref="IFileStorage.WriteAsync"/> when the content is longer than allowed; nothing was kept.</summary>
public sealed class FileTooLargeException : IOException
{
    /// <summary>Initializes the exception.</summary>
    public FileTooLargeException()
        : this(0)
    {
    }

    /// <summary>Initializes the exception.</summary>
    /// <param name="message">The message.</param>
    public FileTooLargeException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public FileTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes the exception for a limit.</summary>
    /// <param name="maxLength">The most bytes that were allowed.</param>
    public FileTooLargeException(long maxLength)
        : base($"The content is longer than the {maxLength} bytes allowed.")
    {
        MaxLength = maxLength;
    }

    /// <summary>Gets the most bytes that were allowed.</summary>
    public long MaxLength { get; }
}
