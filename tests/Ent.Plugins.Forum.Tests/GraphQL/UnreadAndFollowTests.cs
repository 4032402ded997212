using Ent.Plugins.Forum.Tests.Infrastructure;
using Ent.Testing;
using Xunit;
using static Ent.Plugins.Forum.Tests.Infrastructure.ForumActions;

namespace Ent.Plugins.Forum.Tests.GraphQL;

/// <summary>Following subjects, unread counts per subject, category and person, and marking read.</summary>
public abstract class UnreadAndFollowTests<TEngine>(ForumHostFixture<TEngine> fixture)
    where TEngine : IDatabaseEngine
{
    private static readonly Guid Class6A = DemoTenant.ClassId(DemoTenant.Blois, "6EA");

    private ForumHost Host => fixture.Forum;

    private HttpClient Teacher => Host.ClientFor(DemoTenant.PersonId("prof.maths.blois"));

    [SkippableFact]
    public async Task Unread_counts_follow_what_others_publish_until_marked_read()
    {
        var category = await Teacher.CreateClassCategoryAsync(Class6A, requiresApproval: true);
        var students = await DemoTenant.StudentsOfAsync(Host, Class6A);
        var reader = Host.ClientFor(students[0]);
        var (subject, _) = await Teacher.CreateSubjectAsync(category);
        await Teacher.PostAsync(subject, "Deuxième message");

        Assert.Equal((2, 2), await UnreadAsync(reader, category, subject));
        Assert.Equal((0, 0), await UnreadAsync(Teacher, category, subject));

        var marked = await reader.MutateOkAsync("markForumRead", new { subjectId = subject }, "subjects { unreadCount }");
        Assert.Equal(0, marked["subjects"]![0]!["unreadCount"]!.GetValue<int>());
        Assert.Equal((0, 0), await UnreadAsync(reader, category, subject));

        await Teacher.PostAsync(subject, "Troisième message");
        var pending = await Host.ClientFor(students[1]).PostAsync(subject, "Un message d'élève en attente");
        Assert.Equal((1, 1), await UnreadAsync(reader, category, subject));

        await Teacher.MutateOkAsync("moderateForumMessage", new { messageId = pending["id"]!.GetValue<string>(), decision = "APPROVE" }, "message { id }");
        Assert.Equal((2, 2), await UnreadAsync(reader, category, subject));

        var (second, _) = await Teacher.CreateSubjectAsync(category);
        Assert.Equal(3, (await UnreadAsync(reader, category, second)).Category);
        await reader.MutateOkAsync("markForumRead", new { categoryId = category }, "subjects { id }");
        Assert.Equal((0, 0), await UnreadAsync(reader, category, subject));
        Assert.Equal((0, 0), await UnreadAsync(reader, category, second));

        var both = await reader.MutateAsync("markForumRead", new { categoryId = category, subjectId = subject }, "subjects { id }");
        Assert.Equal(["INVALID_TARGET"], both.ErrorCodes());
    }

    [SkippableFact]
    public async Task A_person_sees_their_own_unread_counts_and_followed_subjects_and_nobody_elses()
    {
        var category = await Teacher.CreateClassCategoryAsync(Class6A);
        var students = await DemoTenant.StudentsOfAsync(Host, Class6A);
        var student = Host.ClientFor(students[2]);
        var (subject, _) = await Teacher.CreateSubjectAsync(category, title: "Sujet suivi");

        var me = await student.QueryAsync("{ me { forumUnread { total categories { category { id } unreadCount } } } }");
        var mine = me["me"]!["forumUnread"]!["categories"]!.AsArray().Single(c => c!["category"]!["id"]!.GetValue<string>() == category);
        Assert.Equal(1, mine!["unreadCount"]!.GetValue<int>());
        Assert.True(me["me"]!["forumUnread"]!["total"]!.GetValue<int>() >= 1);

        Assert.False(await IsFollowedAsync(student, subject));
        await student.MutateOkAsync("followForumSubject", new { subjectId = subject }, "subject { isFollowed }");
        Assert.True(await IsFollowedAsync(student, subject));
        var followed = await student.QueryAsync("{ me { followedForumSubjects(first: 50) { nodes { id title unreadCount } } } }");
        Assert.Contains(followed["me"]!["followedForumSubjects"]!["nodes"]!.AsArray(), s => s!["id"]!.GetValue<string>() == subject);
        await student.MutateOkAsync("unfollowForumSubject", new { subjectId = subject }, "subject { isFollowed }");
        Assert.False(await IsFollowedAsync(student, subject));

        var someoneElse = await Teacher.QueryAsync("query($id: ID!) { node(id: $id) { ... on Person { forumUnread { total } followedForumSubjects { totalCount } } } }", new { id = PersonGlobalId(students[3]) });
        Assert.Null(someoneElse["node"]!["forumUnread"]);
        Assert.Null(someoneElse["node"]!["followedForumSubjects"]);
    }

    [SkippableFact]
    public async Task Posting_follows_the_subject_and_tells_its_followers()
    {
        var category = await Teacher.CreateClassCategoryAsync(Class6A);
        var students = await DemoTenant.StudentsOfAsync(Host, Class6A);
        var (subject, _) = await Teacher.CreateSubjectAsync(category);
        var poster = Host.ClientFor(students[4]);

        Assert.False(await IsFollowedAsync(poster, subject));
        var message = await poster.PostAsync(subject, "Je participe");
        Assert.True(await IsFollowedAsync(poster, subject));

        var key = Ent.GraphQL.GlobalId.TryDecode(message["id"]!.GetValue<string>(), out _, out var id) ? id : Guid.Empty;
        var published = Assert.Single(Host.Events.About("ForumMessagePublished", key));
        Assert.Equal([DemoTenant.PersonId("prof.maths.blois")], published.GetProperty("FollowerIds").EnumerateArray().Select(f => f.GetGuid()));
    }

    private static async Task<bool> IsFollowedAsync(HttpClient client, string subject) =>
        (await client.NodeAsync(subject, "... on ForumSubject { isFollowed }"))!["isFollowed"]!.GetValue<bool>();

    private static async Task<(int Category, int Subject)> UnreadAsync(HttpClient client, string category, string subject)
    {
        var data = await client.QueryAsync(
            "query($c: ID!, $s: ID!) { c: node(id: $c) { ... on ForumCategory { unreadCount } } s: node(id: $s) { ... on ForumSubject { unreadCount } } }",
            new { c = category, s = subject });
        return (data["c"]!["unreadCount"]!.GetValue<int>(), data["s"]!["unreadCount"]!.GetValue<int>());
    }
}

[Collection(SqliteHost.Name)]
public sealed class UnreadAndFollowTestsOnSqlite(ForumHostFixture<Sqlite> fixture) : UnreadAndFollowTests<Sqlite>(fixture);

[Collection(PostgreSqlHost.Name)]
public sealed class UnreadAndFollowTestsOnPostgreSql(ForumHostFixture<PostgreSql> fixture) : UnreadAndFollowTests<PostgreSql>(fixture);
