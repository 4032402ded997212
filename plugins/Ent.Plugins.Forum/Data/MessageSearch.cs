using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Forum.Data;

/// <summary>
/// Full-text search over message bodies with each engine's own index, which the migrations create: an FTS5
/// table kept up to date by triggers on SQLite, a generated <c>tsvector</c> column with a GIN index on
/// PostgreSQL. The hits compose with LINQ, so that rights filter them in the same statement.
/// </summary>
/// <remarks>
/// SQLite folds case and accents (<c>unicode61 remove_diacritics 2</c>) and matches each word as a prefix,
/// without stemming. PostgreSQL stems French words (<c>to_tsvector('french', …)</c>) and reads the query as
/// a web search (<c>websearch_to_tsquery</c>: quotes for phrases, <c>-</c> to exclude, <c>or</c>), but
/// keeps accents and matches whole words.
/// </remarks>
internal static class MessageSearch
{
    /// <summary>The messages matching a query typed by a user, with their relevance.</summary>
    /// <param name="db">The forum store.</param>
    /// <param name="text">The query, as typed.</param>
    /// <returns>The hits, or none when the query has no word.</returns>
    public static IQueryable<MessageSearchHit> Match(ForumDbContext db, string text)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(text);
        if (db.Database.IsNpgsql())
        {
            return string.IsNullOrWhiteSpace(text)
                ? db.SearchHits.FromSql($"SELECT NULL::uuid AS \"MessageId\", 0::float8 AS \"Score\" WHERE false")
                : db.SearchHits.FromSql($"""
                    SELECT m."Id" AS "MessageId", ts_rank(m.search_vector, websearch_to_tsquery('french', {text}))::float8 AS "Score"
                    FROM forum.messages AS m
                    WHERE m.search_vector @@ websearch_to_tsquery('french', {text})
                    """);
        }

        var match = ToFts5Query(text);
        return match is null
            ? db.SearchHits.FromSql($"SELECT NULL AS MessageId, 0.0 AS Score WHERE 0")
            : db.SearchHits.FromSql($"SELECT message_id AS MessageId, -bm25(forum_message_search) AS Score FROM forum_message_search WHERE forum_message_search MATCH {match}");
    }

    /// <summary>
    /// Turns what a user typed into an FTS5 query in which every word must appear, as a prefix: FTS5's own
    /// syntax (quotes, <c>NEAR</c>, column filters) is not offered, so no input can make the query fail.
    /// </summary>
    /// <param name="text">The query, as typed.</param>
    /// <returns>The FTS5 query, or <see langword="null"/> when it has no word.</returns>
    public static string? ToFts5Query(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add($"\"{word}\"*");
                word.Clear();
            }
        }

        return words.Count == 0 ? null : string.Join(' ', words.Take(16));
    }
}
