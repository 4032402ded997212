using System.Globalization;
using System.Text;
using System.Buffers.Text;

namespace Ent.GraphQL.Connections;

/// <summary>
/// The offsets a page covers in an ordered list. Cursors are opaque encodings of an offset, so paging is
/// stable as long as the list's order is.
/// </summary>
internal readonly record struct PageWindow(int Start, int? End, bool FromEnd, int Size)
{
    private const string CursorPrefix = "offset:";

    public static PageWindow From(ConnectionArguments arguments)
    {
        if (arguments.First is < 0 || arguments.Last is < 0)
        {
            throw EntErrors.BadUserInput("`first` and `last` must not be negative.");
        }

        if (arguments.First > ConnectionArguments.MaxPageSize || arguments.Last > ConnectionArguments.MaxPageSize)
        {
            throw EntErrors.BadUserInput($"A page holds at most {ConnectionArguments.MaxPageSize} objects.");
        }

        if (arguments.First is not null && arguments.Last is not null)
        {
            throw EntErrors.BadUserInput("Pass `first` or `last`, not both.");
        }

        var start = arguments.After is null ? 0 : DecodeCursor(arguments.After) + 1;
        int? end = arguments.Before is null ? null : DecodeCursor(arguments.Before);
        if (end < start)
        {
            end = start;
        }

        return arguments.Last is { } last
            ? new PageWindow(start, end, FromEnd: true, last)
            : new PageWindow(start, end, FromEnd: false, arguments.First ?? ConnectionArguments.DefaultPageSize);
    }

    public static string EncodeCursor(int offset) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(CursorPrefix + offset.ToString(CultureInfo.InvariantCulture)));

    private static int DecodeCursor(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith(CursorPrefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(CursorPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
        }

        throw EntErrors.BadUserInput("The cursor is not valid for this list.");
    }
}
