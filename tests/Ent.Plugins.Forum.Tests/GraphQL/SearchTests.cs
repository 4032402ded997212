using Ent.Data;
using Ent.Plugins.Forum.Tests.Infrastructure;
using Ent.Testing;
using Xunit;

namespace Ent.Plugins.Forum.Tests.GraphQL;

/// <summary>Full-text search over what the viewer may read, with each engine's own index.</summary>
public abstract class SearchTests<TEngine>(ForumHostFixture<TEngine> fixture)
    where TEngine : IDatabaseEngine
{
    private static readonly Guid Class6A = DemoTenant.ClassId(DemoTenant.Blois, "6EA");
    private static readonly Guid Class5B = DemoTenant.ClassId(DemoTenant.Blois, "5EB");

    private ForumHost Host => fixture.Forum;

    private HttpClient Teacher => Host.ClientFor(DemoTenant.PersonId("prof.maths.blois"));

    [SkippableFact]
    public async Task Search_finds_only_messages_the_viewer_may_read()
    {
        var word = UniqueWord();
        var readable = await Teacher.CreateClassCategoryAsync(Class6A, requiresApproval: true);
        var elsewhere = await Teacher.CreateClassCategoryAsync(Class5B);
        var students = await DemoTenant.StudentsOfAsync(Host, Class6A);
        var (subject, published) = await Teacher.CreateSubjectAsync(readable, $"Le mot {word} est publié.");
        await Teacher.CreateSubjectAsync(elsewhere, $"Le mot {word} est dans une autre classe.");
        await Host.ClientFor(students[0]).PostAsync(subject, $"Le mot {word} attend une approbation.");
        var hidden = (await Teacher.PostAsync(subject, $"Le mot {word} sera caché."))["id"]!.GetValue<string>();
        await Teacher.MutateOkAsync("moderateForumMessage", new { messageId = hidden, decision = "HIDE" }, "message { id }");
        var deleted = (await Teacher.PostAsync(subject, $"Le mot {word} sera effacé."))["id"]!.GetValue<string>();
        await Teacher.MutateOkAsync("deleteForumMessage", new { messageId = deleted }, "message { id }");

        var found = await SearchAsync(Host.ClientFor(students[1]), word);

        Assert.Equal([published], found);
        Assert.Equal(2, (await SearchAsync(Teacher, word)).Count);
    }

    [SkippableFact]
    public async Task Search_folds_case_and_narrows_to_a_category_or_subject()
    {
        var word = UniqueWord();
        var category = await Teacher.CreateClassCategoryAsync(Class6A);
        var other = await Teacher.CreateClassCategoryAsync(Class6A);
        var (_, first) = await Teacher.CreateSubjectAsync(category, $"Révisions de {word} pour le contrôle.");
        var (otherSubject, second) = await Teacher.CreateSubjectAsync(other, $"Encore {word.ToUpperInvariant()} !");

        Assert.Equal(new[] { first, second }.Order(), (await SearchAsync(Teacher, word)).Order());
        Assert.Equal([first], await SearchAsync(Teacher, word, new { categoryId = category }));
        Assert.Equal([second], await SearchAsync(Teacher, word, new { subjectId = otherSubject }));
        Assert.Empty(await SearchAsync(Teacher, word, new { subjectId = "not-an-id" }));
    }

    [SkippableFact]
    public async Task Search_is_french_aware_as_far_as_each_engine_goes()
    {
        var category = await Teacher.CreateClassCategoryAsync(Class6A);
        var marker = UniqueWord();
        var (_, message) = await Teacher.CreateSubjectAsync(category, $"Les élèves étudient les mathématiques ({marker}).");

        if (Host.Provider == DatabaseProvider.Sqlite)
        {
            // FTS5 folds accents and matches prefixes, without stemming.
            Assert.Contains(message, await SearchAsync(Teacher, $"mathematiques {marker}"));
            Assert.Contains(message, await SearchAsync(Teacher, $"élè {marker}"));
        }
        else
        {
            // PostgreSQL stems French words: the singular finds the plural; accents stay significant.
            Assert.Contains(message, await SearchAsync(Teacher, $"mathématique {marker}"));
            Assert.Contains(message, await SearchAsync(Teacher, $"élève {marker}"));
        }

        Assert.Empty(await SearchAsync(Teacher, $"physique {marker}"));
    }

    [SkippableFact]
    public async Task Search_syntax_typed_by_users_never_fails_the_query()
    {
        foreach (var text in new[] { "\"", "NEAR(a b", "*", "a OR", "body:x", "-", "()", "'; DROP TABLE x; --", "   " })
        {
            var result = await Teacher.PostGraphQLAsync("query($t: String!) { forumSearch(text: $t) { totalCount } }", new { t = text });
            Assert.True(result["errors"] is null, $"'{text}': {result["errors"]?.ToJsonString()}");
        }

        var tooLong = await Teacher.PostGraphQLAsync("query($t: String!) { forumSearch(text: $t) { totalCount } }", new { t = new string('a', 201) });
        Assert.Equal(["BAD_USER_INPUT"], tooLong.GraphQLErrorCodes());
    }

    private static string UniqueWord() => "mot" + Guid.NewGuid().ToString("N")[..10];

    private static async Task<IReadOnlyList<string>> SearchAsync(HttpClient client, string text, object? where = null)
    {
        var data = await client.QueryAsync(
            "query($t: String!, $w: ForumSearchFilter) { forumSearch(text: $t, where: $w, first: 50) { nodes { score message { id } } } }",
            new { t = text, w = where });
        return [.. data["forumSearch"]!["nodes"]!.AsArray().Select(n => n!["message"]!["id"]!.GetValue<string>())];
    }
}

[Collection(SqliteHost.Name)]
public sealed class SearchTestsOnSqlite(ForumHostFixture<Sqlite> fixture) : SearchTests<Sqlite>(fixture);

[Collection(PostgreSqlHost.Name)]
public sealed class SearchTestsOnPostgreSql(ForumHostFixture<PostgreSql> fixture) : SearchTests<PostgreSql>(fixture);
