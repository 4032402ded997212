using Ent.GraphQL;
using Ent.Plugins.Forum.Tests.Infrastructure;
using Ent.Testing;
using Xunit;
using static Ent.Plugins.Forum.Tests.Infrastructure.ForumActions;

namespace Ent.Plugins.Forum.Tests.GraphQL;

/// <summary>Lists of categories and subjects: filters, orders, fields on the core types, category settings.</summary>
public abstract class ListingTests<TEngine>(ForumHostFixture<TEngine> fixture)
    where TEngine : IDatabaseEngine
{
    private static readonly Guid Class6A = DemoTenant.ClassId(DemoTenant.Blois, "6EA");

    private ForumHost Host => fixture.Forum;

    private HttpClient Teacher => Host.ClientFor(DemoTenant.PersonId("prof.maths.blois"));

    [SkippableFact]
    public async Task Subjects_are_filtered_and_ordered_with_pinned_ones_first()
    {
        var category = await Teacher.CreateClassCategoryAsync(Class6A);
        var student = Host.ClientFor((await DemoTenant.StudentsOfAsync(Host, Class6A))[0]);
        var (banana, _) = await Teacher.CreateSubjectAsync(category, title: "Banane");
        var (apple, _) = await Teacher.CreateSubjectAsync(category, title: "Abricot");
        var (cherry, _) = await Teacher.CreateSubjectAsync(category, title: "Cerise");
        await Teacher.MutateOkAsync("moderateForumSubject", new { subjectId = cherry, isPinned = true }, "subject { id }");
        await student.MutateOkAsync("markForumRead", new { subjectId = apple }, "subjects { id }");
        await student.MutateOkAsync("followForumSubject", new { subjectId = banana }, "subject { id }");

        Assert.Equal(["Cerise", "Abricot", "Banane"], await TitlesAsync(student, category, new { field = "TITLE" }));
        Assert.Equal(["Cerise", "Banane", "Abricot"], await TitlesAsync(student, category, new { field = "TITLE", direction = "DESC" }));
        Assert.Equal(["Cerise", "Banane", "Abricot"], await TitlesAsync(student, category, new { field = "CREATED_AT" }));
        Assert.Equal(["Cerise", "Abricot", "Banane"], await TitlesAsync(student, category, new { field = "LAST_ACTIVITY", direction = "DESC" }));
        Assert.Equal(["Cerise"], await TitlesAsync(student, category, where: new { isPinned = true }));
        Assert.Equal(["Banane"], await TitlesAsync(student, category, where: new { isFollowed = true }));
        Assert.Equal(["Abricot"], await TitlesAsync(student, category, where: new { hasUnread = false }));
        Assert.Equal(["Banane", "Cerise"], (await TitlesAsync(student, category, where: new { hasUnread = true })).Order());
    }

    [SkippableFact]
    public async Task Categories_are_listed_from_the_root_and_the_core_types_as_the_viewer_may_read_them()
    {
        var name = $"Liste {Guid.NewGuid():N}";
        var staff = Host.ClientFor(DemoTenant.PersonId("cpe.blois"));
        await staff.MutateOkAsync("createForumCategory", new { schoolId = SchoolGlobalId(DemoTenant.SchoolId(DemoTenant.Blois)), name }, "category { id }");
        var latin = GlobalId.Encode("TeachingGroup", await DemoTenant.LatinGroupIdAsync(Host, DemoTenant.Blois));

        var root = await staff.QueryAsync(
            "query($w: ForumCategoryFilter) { forumCategories(where: $w, orderBy: {field: CREATED_AT, direction: DESC}, first: 1) { totalCount nodes { name scope } } }",
            new { w = new { schoolId = SchoolGlobalId(DemoTenant.SchoolId(DemoTenant.Blois)), scope = "SCHOOL" } });
        Assert.Equal(name, root["forumCategories"]!["nodes"]![0]!["name"]!.GetValue<string>());
        Assert.True(root["forumCategories"]!["totalCount"]!.GetValue<int>() >= 2);

        var school = await staff.QueryAsync("query($id: ID!) { node(id: $id) { ... on School { forumSettings { relativesCanRead } forumCategories { name } } } }",
            new { id = SchoolGlobalId(DemoTenant.SchoolId(DemoTenant.Blois)) });
        Assert.Contains(school["node"]!["forumCategories"]!.AsArray(), c => c!["name"]!.GetValue<string>() == name);
        Assert.True(school["node"]!["forumSettings"]!["relativesCanRead"]!.GetValue<bool>());

        var group = await Host.ClientFor(DemoTenant.PersonId("prof.latin.blois")).QueryAsync("query($id: ID!) { node(id: $id) { ... on TeachingGroup { forumCategories { name scope viewerRight } } } }", new { id = latin });
        var latinCategory = Assert.Single(group["node"]!["forumCategories"]!.AsArray(), c => c!["name"]!.GetValue<string>() == "Latin");
        Assert.Equal("MANAGE", latinCategory!["viewerRight"]!.GetValue<string>()); // the demo's Latin teacher created it

        var outsider = await Host.ClientFor(DemoTenant.PersonId("principal.vendome")).PostGraphQLAsync(
            "query($id: ID!) { node(id: $id) { ... on School { forumSettings { relativesCanRead } } } }", new { id = SchoolGlobalId(DemoTenant.SchoolId(DemoTenant.Blois)) });
        Assert.Null(outsider["data"]?["node"]);
    }

    [SkippableFact]
    public async Task A_manager_renames_a_category_and_turns_approval_on_and_others_cannot()
    {
        var category = await Teacher.CreateClassCategoryAsync(Class6A);

        var updated = await Teacher.MutateOkAsync("updateForumCategory", new { categoryId = category, name = "  Vie de la 6e A ", description = "Pour la classe", requiresApproval = true }, "category { name description requiresApproval }");
        var cleared = await Teacher.MutateOkAsync("updateForumCategory", new { categoryId = category, description = "" }, "category { name description }");
        var refused = await Host.ClientFor(DemoTenant.PersonId("prof.franc.blois")).MutateAsync("updateForumCategory", new { categoryId = category, name = "Pris" }, "category { id }");
        var blank = await Teacher.MutateAsync("updateForumCategory", new { categoryId = category, name = " " }, "category { id }");

        Assert.Equal("Vie de la 6e A", updated["category"]!["name"]!.GetValue<string>());
        Assert.True(updated["category"]!["requiresApproval"]!.GetValue<bool>());
        Assert.Null(cleared["category"]!["description"]);
        Assert.Equal("Vie de la 6e A", cleared["category"]!["name"]!.GetValue<string>());
        Assert.Equal(["CANNOT_MANAGE"], refused.ErrorCodes());
        Assert.Equal(["EMPTY"], blank.ErrorCodes());
    }

    private static async Task<IReadOnlyList<string>> TitlesAsync(HttpClient client, string category, object? orderBy = null, object? where = null)
    {
        var data = await client.QueryAsync(
            "query($id: ID!, $o: ForumSubjectOrder, $w: ForumSubjectFilter) { node(id: $id) { ... on ForumCategory { subjects(orderBy: $o, where: $w) { nodes { title } } } } }",
            new { id = category, o = orderBy, w = where });
        return [.. data["node"]!["subjects"]!["nodes"]!.AsArray().Select(s => s!["title"]!.GetValue<string>())];
    }
}

[Collection(SqliteHost.Name)]
public sealed class ListingTestsOnSqlite(ForumHostFixture<Sqlite> fixture) : ListingTests<Sqlite>(fixture);

[Collection(PostgreSqlHost.Name)]
public sealed class ListingTestsOnPostgreSql(ForumHostFixture<PostgreSql> fixture) : ListingTests<PostgreSql>(fixture);
