using GraphQL;

namespace Ent.GraphQL;

/// <summary>Creates the GraphQL errors with the codes of <see cref="ErrorCodes"/>.</summary>
public static class EntErrors
{
    /// <summary>An error for an object that does not exist or that the caller may not see.</summary>
    /// <param name="what">What was looked for, such as <c>Evaluation</c>; never a value from the data.</param>
    /// <returns>The error, to throw from a resolver.</returns>
    public static ExecutionError NotFound(string what) =>
        new($"{what} not found.") { Code = ErrorCodes.NotFound };

    /// <summary>An error for an action the caller may not take.</summary>
    /// <param name="message">Why, without revealing data the caller may not see.</param>
    /// <returns>The error, to throw from a resolver.</returns>
    public static ExecutionError Forbidden(string message = "You are not allowed to do this.") =>
        new(message) { Code = ErrorCodes.Forbidden };

    /// <summary>An error for a request that needs a signed-in caller.</summary>
    /// <returns>The error, to throw from a resolver.</returns>
    public static ExecutionError Unauthenticated() =>
        new("You must be signed in to do this.") { Code = ErrorCodes.Unauthenticated };

    /// <summary>An error for a malformed or out-of-range argument.</summary>
    /// <param name="message">What is wrong and what is expected.</param>
    /// <returns>The error, to throw from a resolver.</returns>
    public static ExecutionError BadUserInput(string message) =>
        new(message) { Code = ErrorCodes.BadUserInput };
}
