using Ent.GraphQL;

namespace Ent.Plugins.Forum.Domain;

/// <summary>What a forum command did: its result, or the user errors that stopped it before anything was written.</summary>
/// <typeparam name="T">The type of the result.</typeparam>
internal sealed record CommandResult<T>(T? Value, IReadOnlyList<UserError> Errors)
    where T : class
{
    public static CommandResult<T> Ok(T value) => new(value, []);

    public static CommandResult<T> Fail(UserError error) => new(null, [error]);

    public static CommandResult<T> Fail(string code, string message, params string[] field) =>
        new(null, [new UserError(code, message, field.Length == 0 ? null : ["input", .. field])]);
}
