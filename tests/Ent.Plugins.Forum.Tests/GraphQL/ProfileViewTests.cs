using Ent.Directory;
using Ent.Plugins.Forum.Tests.Infrastructure;
using Ent.Testing;
using Xunit;
using static Ent.Plugins.Forum.Tests.Infrastructure.ForumActions;

namespace Ent.Plugins.Forum.Tests.GraphQL;

/// <summary>What each profile reads, finds and has unread in a class's category, and what it is refused.</summary>
public abstract class ProfileViewTests<TEngine>(ForumHostFixture<TEngine> fixture)
    where TEngine : IDatabaseEngine
{
    private static readonly Guid Class6A = DemoTenant.ClassId(DemoTenant.Blois, "6EA");
    private static readonly Guid Class5B = DemoTenant.ClassId(DemoTenant.Blois, "5EB");

    private ForumHost Host => fixture.Forum;

    [SkippableFact]
    public async Task Each_profile_reads_finds_and_counts_unread_only_what_its_rights_allow()
    {
        var word = "profil" + Guid.NewGuid().ToString("N")[..10];
        await Host.ClientFor(DemoTenant.PersonId("cpe.blois")).MutateOkAsync("updateForumSchoolSettings",
            new { schoolId = SchoolGlobalId(DemoTenant.SchoolId(DemoTenant.Blois)), relativesCanRead = true }, "settings { relativesCanRead }");
        var category = await Host.ClientFor(DemoTenant.PersonId("prof.maths.blois")).CreateClassCategoryAsync(Class6A);
        var (subject, _) = await Host.ClientFor(DemoTenant.PersonId("prof.maths.blois")).CreateSubjectAsync(category, $"Le mot du jour : {word}.");
        var (student, relative) = await DemoTenant.StudentWithRelativeAsync(Host, Class6A);
        var guest = await AddGuestAsync();

        var readers = new Dictionary<string, Guid>
        {
            ["student"] = student,
            ["relative"] = relative,
            ["teacher"] = DemoTenant.PersonId("prof.franc.blois"),
            ["staff"] = DemoTenant.PersonId("cpe.blois"),
            ["administrator"] = DemoTenant.PersonId("principal.blois"),
        };
        var outsiders = new Dictionary<string, Guid>
        {
            ["student of another class"] = (await DemoTenant.StudentsOfAsync(Host, Class5B))[0],
            ["staff of another school"] = DemoTenant.PersonId("principal.vendome"),
            ["teacher of another group"] = DemoTenant.PersonId("prof.latin.blois"),
            ["guest"] = guest,
            ["tenant administrator"] = DemoTenant.PersonId("admin.departement"),
        };

        foreach (var (profile, person) in readers)
        {
            var view = await ViewAsync(Host.ClientFor(person), category, subject, word);
            Assert.True(view.Sees, profile);
            Assert.Equal((1, 1, 1), (view.Found, view.UnreadInCategory, view.UnreadInSubject));
        }

        foreach (var (profile, person) in outsiders)
        {
            var view = await ViewAsync(Host.ClientFor(person), category, subject, word);
            Assert.False(view.Sees, profile);
            Assert.Equal(0, view.Found);
            var posted = await Host.ClientFor(person).MutateAsync("postForumMessage", new { subjectId = subject, body = "Bonjour" }, "message { id }");
            Assert.Equal(["SUBJECT_NOT_FOUND"], posted.ErrorCodes());
        }

        await Host.ClientFor(DemoTenant.PersonId("prof.maths.blois")).MutateOkAsync("grantForumRight", new { categoryId = category, right = "READ", personId = PersonGlobalId(guest) }, "grant { id }");
        var granted = await ViewAsync(Host.ClientFor(guest), category, subject, word);
        Assert.Equal((true, 1, 1), (granted.Sees, granted.Found, granted.UnreadInSubject));
        var guestPosts = await Host.ClientFor(guest).MutateAsync("postForumMessage", new { subjectId = subject, body = "Bonjour" }, "message { id }");
        Assert.Equal(["CANNOT_CONTRIBUTE"], guestPosts.ErrorCodes());
        var guestCreates = await Host.ClientFor(guest).MutateAsync("createForumCategory", new { classId = ClassGlobalId(Class6A), name = "Invité" }, "category { id }");
        Assert.Equal(["CANNOT_CREATE_CATEGORY"], guestCreates.ErrorCodes());
    }

    // The demo has no guest: a partner of the Blois collège is added to the directory for this test.
    private async Task<Guid> AddGuestAsync()
    {
        var id = Guid.NewGuid();
        await using var db = Host.CreateStore();
        db.Set<Person>().Add(new Person { Id = id, TenantId = DemoPeople.Tenant, ExternalId = $"guest.{id:N}", FirstName = "Paul", LastName = "Partenaire" });
        db.Set<Profile>().Add(new Profile { Id = Guid.NewGuid(), TenantId = DemoPeople.Tenant, PersonId = id, SchoolId = DemoTenant.SchoolId(DemoTenant.Blois), Kind = ProfileKind.Guest });
        await db.SaveChangesAsync();
        return id;
    }

    private static async Task<(bool Sees, int Found, int UnreadInCategory, int UnreadInSubject)> ViewAsync(HttpClient client, string category, string subject, string word)
    {
        var data = await client.QueryAsync(
            """
            query($c: ID!, $s: ID!, $t: String!) {
              c: nodes(ids: [$c]) { ... on ForumCategory { unreadCount } }
              s: nodes(ids: [$s]) { ... on ForumSubject { unreadCount } }
              forumSearch(text: $t) { totalCount }
            }
            """,
            new { c = category, s = subject, t = word });
        var categoryNode = data["c"]![0];
        var subjectNode = data["s"]![0];
        return (
            categoryNode is not null && subjectNode is not null,
            data["forumSearch"]!["totalCount"]!.GetValue<int>(),
            categoryNode?["unreadCount"]?.GetValue<int>() ?? 0,
            subjectNode?["unreadCount"]?.GetValue<int>() ?? 0);
    }
}

[Collection(SqliteHost.Name)]
public sealed class ProfileViewTestsOnSqlite(ForumHostFixture<Sqlite> fixture) : ProfileViewTests<Sqlite>(fixture);

[Collection(PostgreSqlHost.Name)]
public sealed class ProfileViewTestsOnPostgreSql(ForumHostFixture<PostgreSql> fixture) : ProfileViewTests<PostgreSql>(fixture);
