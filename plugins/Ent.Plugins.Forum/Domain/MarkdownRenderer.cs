using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Ent.Plugins.Forum.Domain;

/// <summary>
/// Turns a message's Markdown into HTML that a front end may insert as is: raw HTML in the source is shown
/// as text, never passed through; links and images keep only <c>http</c>, <c>https</c>, <c>mailto</c> and
/// relative addresses (a <c>javascript:</c> link becomes its text), and links open without referrer.
/// </summary>
internal static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseTaskLists()
        .UseAutoLinks()
        .UseReferralLinks("nofollow", "noopener", "noreferrer")
        .Build();

    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    /// <summary>Renders Markdown as safe HTML.</summary>
    /// <param name="markdown">The source, as the author wrote it.</param>
    /// <returns>The HTML fragment.</returns>
    public static string ToHtml(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsSafeUrl(link.Url))
            {
                Unlink(link);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsSafeUrl(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        return Markdown.ToHtml(document, Pipeline);
    }

    /// <summary>Tells whether a link's address is relative or uses a scheme a browser will not run code from.</summary>
    /// <param name="url">The address, with entities already decoded.</param>
    /// <returns><see langword="true"/> when it may stay a link.</returns>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so they go first.
        var compact = new string([.. url.Where(c => c > ' ')]);
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon))
        {
            return true;
        }

        var scheme = compact[..colon];
        return SafeSchemes.Any(safe => string.Equals(safe, scheme, StringComparison.OrdinalIgnoreCase));
    }

    // Keeps what the link shows, as text: its label, or an image's description.
    private static void Unlink(LinkInline link)
    {
        if (link.IsImage)
        {
            var description = string.Concat(link.Descendants<LiteralInline>().Select(literal => literal.Content.ToString()));
            link.ReplaceBy(new LiteralInline(description));
            return;
        }

        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }
}
