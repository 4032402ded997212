using Ent.GraphQL;

namespace Ent.Plugins.Forum.Domain;

/// <summary>Checks a text input against its limits, the same way for every field.</summary>
internal static class TextRules
{
    /// <summary>Checks that a required text is not blank and fits its limit.</summary>
    /// <param name="text">The text as sent.</param>
    /// <param name="maxLength">The limit, in UTF-16 code units as the database counts them.</param>
    /// <param name="field">The input field, for the error's path.</param>
    /// <param name="what">What the text is, for the message, such as <c>The message</c>.</param>
    /// <returns>The error, or <see langword="null"/> when the text is fine.</returns>
    public static UserError? CheckRequired(string? text, int maxLength, string field, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new UserError(ForumErrorCodes.Empty, $"{what} is empty.", ["input", field]);
        }

        return CheckOptional(text, maxLength, field, what);
    }

    /// <summary>Checks that an optional text fits its limit.</summary>
    /// <param name="text">The text as sent, or <see langword="null"/>.</param>
    /// <param name="maxLength">The limit.</param>
    /// <param name="field">The input field, for the error's path.</param>
    /// <param name="what">What the text is, for the message.</param>
    /// <returns>The error, or <see langword="null"/> when the text is fine.</returns>
    public static UserError? CheckOptional(string? text, int maxLength, string field, string what) =>
        text is not null && text.Length > maxLength
            ? new UserError(ForumErrorCodes.TooLong, $"{what} is {text.Length} characters long; the limit is {maxLength}.", ["input", field])
            : null;
}
