using System.Globalization;
using System.Text;
using Ent.GraphQL;

namespace Ent.Plugins.Resources.Domain;

/// <summary>The rules a resource's fields follow, as plain functions.</summary>
internal static class ResourceRules
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 4000;
    public const int LevelMaxLength = 32;
    public const int UrlMaxLength = 2048;
    public const int TagMaxLength = 40;
    public const int MaxTags = 20;
    public const int FolderNameMaxLength = 100;
    public const int CommentMaxLength = 500;
    public const int FileNameMaxLength = 255;
    public const int SearchTextMaxLength = 5000;

    /// <summary>Checks a required text: present once trimmed, and not too long.</summary>
    public static UserError? CheckText(string? value, int maxLength, string field, bool required)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return required ? new UserError(ResourceErrorCodes.Required, $"The {field} is required.", ["input", field]) : null;
        }

        return trimmed.Length > maxLength
            ? new UserError(ResourceErrorCodes.TooLong, $"The {field} has at most {maxLength} characters.", ["input", field])
            : null;
    }

    /// <summary>Folds tags to lowercase, trims them and drops duplicates and empty ones.</summary>
    public static IReadOnlyList<string> NormalizeTags(IEnumerable<string>? tags) =>
        [.. (tags ?? []).Select(tag => tag.Trim().ToLower(CultureInfo.InvariantCulture)).Where(tag => tag.Length > 0).Distinct(StringComparer.Ordinal)];

    public static UserError? CheckTags(IReadOnlyList<string> tags)
    {
        if (tags.Count > MaxTags)
        {
            return new UserError(ResourceErrorCodes.TooManyTags, $"A resource has at most {MaxTags} tags.", ["input", "tags"]);
        }

        return tags.Any(tag => tag.Length > TagMaxLength)
            ? new UserError(ResourceErrorCodes.TooLong, $"A tag has at most {TagMaxLength} characters.", ["input", "tags"])
            : null;
    }

    /// <summary>
    /// Accepts an absolute http or https address with a host and no user name or password, as a link's target;
    /// anything else (javascript:, data:, file:, relative paths) is refused.
    /// </summary>
    public static bool TryParseLink(string? text, out Uri? url)
    {
        url = null;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > UrlMaxLength
            || !Uri.TryCreate(trimmed, UriKind.Absolute, out var parsed)
            || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(parsed.Host) || !string.IsNullOrEmpty(parsed.UserInfo)
            || trimmed.Any(char.IsWhiteSpace))
        {
            return false;
        }

        url = parsed;
        return true;
    }

    /// <summary>Folds a text for search: lowercase, without accents, whitespace collapsed.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var lastWasSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
            lastWasSpace = false;
        }

        return builder.ToString().TrimEnd().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The folded text a resource is searched by: its title, description and tags.</summary>
    public static string SearchTextOf(string title, string? description, IEnumerable<string> tags)
    {
        var text = Fold($"{title} {description} {string.Join(' ', tags)}");
        return text.Length > SearchTextMaxLength ? text[..SearchTextMaxLength] : text;
    }
}
