namespace Ent.GraphQL;

/// <summary>
/// The stable values of <c>extensions.code</c> on GraphQL errors. Apps branch on these, never on messages.
/// </summary>
public static class ErrorCodes
{
    /// <summary>The request carries no valid credentials and the field needs them.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The caller is known but may not do this.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>The object does not exist, or the caller may not know that it exists.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>An argument is malformed or out of range.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The document exceeds the configured depth or complexity limit.</summary>
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";

    /// <summary>Something failed on the server; the details are in the server's log, not in the response.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
