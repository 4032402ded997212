using Ent.Plugins.Forum.Tests.Infrastructure;
using Ent.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Ent.Plugins.Forum.Tests.GraphQL;

/// <summary>A category page costs a fixed number of SQL statements, however many subjects it lists.</summary>
public abstract class StatementCountTests<TEngine>(ForumHostFixture<TEngine> fixture, ITestOutputHelper output)
    where TEngine : IDatabaseEngine
{
    /// <summary>
    /// The statements of one request for a category page: the viewer and their profiles (2), the category (1),
    /// its viewer's right and unread count (2), the page of subjects and its count (2), then one batch each
    /// for the subjects' authors, unread counts, message counts, follows and last messages (5), and one for
    /// the last messages' authors (1).
    /// </summary>
    public const int MaxStatements = 13;

    private const string CategoryPage = """
        query($id: ID!) {
          node(id: $id) {
            ... on ForumCategory {
              name viewerRight unreadCount
              subjects(first: 50) {
                totalCount
                nodes {
                  title isPinned isLocked unreadCount messageCount isFollowed
                  author { displayName }
                  lastMessage { number html createdAt author { displayName } }
                }
              }
            }
          }
        }
        """;

    private static readonly Guid Class6A = DemoTenant.ClassId(DemoTenant.Blois, "6EA");

    [SkippableFact]
    public async Task A_category_page_runs_the_same_bounded_number_of_statements_for_2_or_12_subjects()
    {
        var host = fixture.Forum;
        var teacher = host.ClientFor(DemoTenant.PersonId("prof.maths.blois"));
        var students = await DemoTenant.StudentsOfAsync(host, Class6A);
        var reader = host.ClientFor(students[0]);
        var category = await teacher.CreateClassCategoryAsync(Class6A);
        await AddSubjectsAsync(2);

        var few = await CountAsync();
        await AddSubjectsAsync(10);
        var many = await CountAsync();

        output.WriteLine($"{host.Provider}: {few.Count} statements for 2 subjects, {many.Count} for 12:");
        many.ForEach(statement => output.WriteLine($"---\n{statement}"));
        Assert.Equal(few.Count, many.Count);
        Assert.InRange(many.Count, 1, MaxStatements);

        async Task AddSubjectsAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                var author = host.ClientFor(students[i % students.Count]);
                var (subject, _) = await author.CreateSubjectAsync(category, $"Sujet {i}", $"Sujet numéro {i}");
                await teacher.PostAsync(subject, $"Réponse **{i}**");
            }
        }

        async Task<List<string>> CountAsync()
        {
            using var counter = host.CountStatements();
            var data = await reader.QueryAsync(CategoryPage, new { id = category });
            Assert.NotEmpty(data["node"]!["subjects"]!["nodes"]!.AsArray());
            return [.. counter.Statements];
        }
    }
}

[Collection(SqliteHost.Name)]
public sealed class StatementCountTestsOnSqlite(ForumHostFixture<Sqlite> fixture, ITestOutputHelper output) : StatementCountTests<Sqlite>(fixture, output);

[Collection(PostgreSqlHost.Name)]
public sealed class StatementCountTestsOnPostgreSql(ForumHostFixture<PostgreSql> fixture, ITestOutputHelper output) : StatementCountTests<PostgreSql>(fixture, output);
