using Ent.Plugins.Forum.Tests.Infrastructure;
using Ent.Testing;
using Xunit;
using static Ent.Plugins.Forum.Tests.Infrastructure.ForumActions;

namespace Ent.Plugins.Forum.Tests.GraphQL;

/// <summary>Who reads, contributes to, moderates and manages a category, for each profile, refusals included.</summary>
public abstract class CategoryRightsTests<TEngine>(ForumHostFixture<TEngine> fixture)
    where TEngine : IDatabaseEngine
{
    private static readonly Guid Class6A = DemoTenant.ClassId(DemoTenant.Blois, "6EA");
    private static readonly Guid Class5B = DemoTenant.ClassId(DemoTenant.Blois, "5EB");
    private static readonly Guid VendomeClass = DemoTenant.ClassId(DemoTenant.Vendome, "6EA");

    private ForumHost Host => fixture.Forum;

    private HttpClient As(string login) => Host.ClientFor(DemoTenant.PersonId(login));

    [SkippableFact]
    public async Task A_class_category_follows_membership_for_each_profile()
    {
        var category = await As("prof.maths.blois").CreateClassCategoryAsync(Class6A);
        var students = await DemoTenant.StudentsOfAsync(Host, Class6A);
        var otherClassStudent = (await DemoTenant.StudentsOfAsync(Host, Class5B))[0];

        Assert.Equal("MANAGE", await RightAsync(As("prof.maths.blois"), category));      // creator
        Assert.Equal("MODERATE", await RightAsync(As("prof.franc.blois"), category));    // teaches the class
        Assert.Equal("MODERATE", await RightAsync(As("cpe.blois"), category));           // staff
        Assert.Equal("MANAGE", await RightAsync(As("principal.blois"), category));       // school administrator
        Assert.Equal("CONTRIBUTE", await RightAsync(Host.ClientFor(students[0]), category));
        Assert.Null(await RightAsync(Host.ClientFor(otherClassStudent), category));      // not found
        Assert.Null(await RightAsync(As("prof.latin.blois"), category));                 // teaches only the Latin group
        Assert.Null(await RightAsync(As("prof.maths.vendome"), category));               // another school
        Assert.Null(await RightAsync(As("admin.departement"), category));                // tenant administrators read no school data
    }

    [SkippableFact]
    public async Task Relatives_read_their_childrens_categories_only_when_the_school_allows_it_and_never_post()
    {
        var (student, relative) = await DemoTenant.StudentWithRelativeAsync(Host, VendomeClass);
        var staff = As("cpe.vendome");
        await staff.MutateOkAsync("updateForumSchoolSettings", new { schoolId = SchoolGlobalId(DemoTenant.SchoolId(DemoTenant.Vendome)), relativesCanRead = false }, "settings { relativesCanRead }");
        var category = await As("prof.maths.vendome").CreateClassCategoryAsync(VendomeClass);
        var (subject, _) = await Host.ClientFor(student).CreateSubjectAsync(category);
        var parent = Host.ClientFor(relative);

        Assert.Null(await RightAsync(parent, category));

        var allowed = await staff.MutateOkAsync("updateForumSchoolSettings", new { schoolId = SchoolGlobalId(DemoTenant.SchoolId(DemoTenant.Vendome)), relativesCanRead = true }, "settings { relativesCanRead }");
        Assert.True(allowed["settings"]!["relativesCanRead"]!.GetValue<bool>());
        Assert.Equal("READ", await RightAsync(parent, category));
        var refused = await parent.MutateAsync("postForumMessage", new { subjectId = subject, body = "Bonjour" }, "message { id }");
        Assert.Equal(["CANNOT_CONTRIBUTE"], refused.ErrorCodes());
        Assert.Null(refused["message"]);

        await staff.MutateOkAsync("updateForumSchoolSettings", new { schoolId = SchoolGlobalId(DemoTenant.SchoolId(DemoTenant.Vendome)), relativesCanRead = false }, "settings { relativesCanRead }");
    }

    [SkippableFact]
    public async Task Only_staff_and_school_members_change_or_read_the_school_settings()
    {
        var school = SchoolGlobalId(DemoTenant.SchoolId(DemoTenant.Vendome));
        foreach (var login in new[] { "prof.maths.vendome", "parent.moreau", "cpe.blois" })
        {
            var refused = await As(login).MutateAsync("updateForumSchoolSettings", new { schoolId = school, relativesCanRead = true }, "settings { relativesCanRead }");
            Assert.Equal(["CANNOT_CHANGE_SETTINGS"], refused.ErrorCodes());
        }
    }

    [SkippableFact]
    public async Task Teachers_create_categories_for_what_they_teach_and_staff_for_their_school()
    {
        var students = await DemoTenant.StudentsOfAsync(Host, Class6A);
        var schoolId = SchoolGlobalId(DemoTenant.SchoolId(DemoTenant.Blois));

        var staffCategory = await As("cpe.blois").MutateAsync("createForumCategory", new { schoolId, name = "Vie scolaire" }, "category { scope school { uai } }");
        Assert.Empty(staffCategory.ErrorCodes());
        Assert.Equal("SCHOOL", staffCategory["category"]!["scope"]!.GetValue<string>());

        var groupCategory = await As("prof.latin.blois").MutateAsync("createForumCategory",
            new { groupId = Ent.GraphQL.GlobalId.Encode("TeachingGroup", await DemoTenant.LatinGroupIdAsync(Host, DemoTenant.Blois)), name = "Latinistes" }, "category { scope group { name } }");
        Assert.Empty(groupCategory.ErrorCodes());
        Assert.Equal("Latin", groupCategory["category"]!["group"]!["name"]!.GetValue<string>());

        async Task<IReadOnlyList<string>> CreateAs(HttpClient client, object input) =>
            (await client.MutateAsync("createForumCategory", input, "category { id }")).ErrorCodes();

        Assert.Equal(["CANNOT_CREATE_CATEGORY"], await CreateAs(As("prof.maths.blois"), new { schoolId, name = "École" }));
        Assert.Equal(["CANNOT_CREATE_CATEGORY"], await CreateAs(As("prof.latin.blois"), new { classId = ClassGlobalId(Class6A), name = "6e A" }));
        Assert.Equal(["CANNOT_CREATE_CATEGORY"], await CreateAs(Host.ClientFor(students[0]), new { classId = ClassGlobalId(Class6A), name = "6e A" }));
        Assert.Equal(["TARGET_NOT_FOUND"], await CreateAs(As("prof.maths.vendome"), new { classId = ClassGlobalId(Class6A), name = "6e A" }));
        Assert.Equal(["TARGET_NOT_FOUND"], await CreateAs(As("admin.departement"), new { schoolId, name = "Département" }));
        Assert.Equal(["INVALID_TARGET"], await CreateAs(As("cpe.blois"), new { schoolId, classId = ClassGlobalId(Class6A), name = "Les deux" }));
        Assert.Equal(["EMPTY"], await CreateAs(As("cpe.blois"), new { schoolId, name = "   " }));
        Assert.Equal(["TOO_LONG"], await CreateAs(As("cpe.blois"), new { schoolId, name = new string('a', 121) }));
    }

    [SkippableFact]
    public async Task A_manager_grants_rights_to_people_and_classes_and_revokes_them()
    {
        var manager = As("prof.maths.blois");
        var category = await manager.CreateClassCategoryAsync(Class6A);
        var otherStudent = (await DemoTenant.StudentsOfAsync(Host, Class5B))[0];
        var (_, relative) = await DemoTenant.StudentWithRelativeAsync(Host, Class5B);

        var toClass = await manager.MutateOkAsync("grantForumRight", new { categoryId = category, right = "READ", classId = ClassGlobalId(Class5B) }, "grant { id right granteeKind class { name } }");
        Assert.Equal("5e B", toClass["grant"]!["class"]!["name"]!.GetValue<string>());
        Assert.Equal("READ", await RightAsync(Host.ClientFor(otherStudent), category));

        await manager.MutateOkAsync("grantForumRight", new { categoryId = category, right = "CONTRIBUTE", personId = PersonGlobalId(relative) }, "grant { id }");
        var (subject, _) = await Host.ClientFor(relative).CreateSubjectAsync(category, "Un parent invité écrit.");
        Assert.NotNull(subject);

        var grants = await manager.NodeAsync(category, "... on ForumCategory { grants { right granteeKind } }");
        Assert.Equal(2, grants!["grants"]!.AsArray().Count);
        var hidden = await Host.ClientFor(otherStudent).NodeAsync(category, "... on ForumCategory { grants { right } }");
        Assert.Empty(hidden!["grants"]!.AsArray());

        var notManager = await As("prof.franc.blois").MutateAsync("grantForumRight", new { categoryId = category, right = "MANAGE", personId = PersonGlobalId(otherStudent) }, "grant { id }");
        Assert.Equal(["CANNOT_MANAGE"], notManager.ErrorCodes());
        var twoGrantees = await manager.MutateAsync("grantForumRight", new { categoryId = category, right = "READ", personId = PersonGlobalId(otherStudent), classId = ClassGlobalId(Class5B) }, "grant { id }");
        Assert.Equal(["INVALID_TARGET"], twoGrantees.ErrorCodes());

        await manager.MutateOkAsync("revokeForumRight", new { grantId = toClass["grant"]!["id"]!.GetValue<string>() }, "category { id }");
        Assert.Null(await RightAsync(Host.ClientFor(otherStudent), category));
    }

    [SkippableFact]
    public async Task A_category_one_cannot_read_looks_the_same_as_one_that_does_not_exist()
    {
        var category = await As("prof.maths.blois").CreateClassCategoryAsync(Class6A);
        var outsider = Host.ClientFor((await DemoTenant.StudentsOfAsync(Host, Class5B))[0]);

        var hidden = await outsider.MutateAsync("createForumSubject", new { categoryId = category, title = "Intrus", body = "Bonjour" }, "subject { id }");
        var missing = await outsider.MutateAsync("createForumSubject", new { categoryId = Ent.GraphQL.GlobalId.Encode("ForumCategory", Guid.NewGuid()), title = "Intrus", body = "Bonjour" }, "subject { id }");
        var malformed = await outsider.MutateAsync("createForumSubject", new { categoryId = "not-an-id", title = "Intrus", body = "Bonjour" }, "subject { id }");

        Assert.Equal(["CATEGORY_NOT_FOUND"], hidden.ErrorCodes());
        Assert.Equal(hidden.ErrorCodes(), missing.ErrorCodes());
        Assert.Equal(hidden.ErrorCodes(), malformed.ErrorCodes());
    }

    [SkippableFact]
    public async Task Fields_need_the_forum_scopes_and_a_signed_in_viewer()
    {
        var readOnly = Host.ClientFor(DemoTenant.PersonId("prof.maths.blois"), "forum:read");
        var noForum = Host.ClientFor(DemoTenant.PersonId("prof.maths.blois"), "grades:read");

        var write = await readOnly.PostGraphQLAsync("mutation { markForumRead(input: { categoryId: \"x\" }) { errors { code } } }");
        var read = await noForum.PostGraphQLAsync("{ forumCategories { totalCount } }");
        var anonymous = await Host.AnonymousClient().PostGraphQLAsync("{ forumCategories { totalCount } }");

        Assert.Equal(["FORBIDDEN"], write.GraphQLErrorCodes());
        Assert.Equal(["FORBIDDEN"], read.GraphQLErrorCodes());
        Assert.Equal(["UNAUTHENTICATED"], anonymous.GraphQLErrorCodes());
        Assert.Null(write["data"]);
    }

    private static async Task<string?> RightAsync(HttpClient client, string category) =>
        (await client.NodeAsync(category, "... on ForumCategory { viewerRight }"))?["viewerRight"]?.GetValue<string>();
}

[Collection(SqliteHost.Name)]
public sealed class CategoryRightsTestsOnSqlite(ForumHostFixture<Sqlite> fixture) : CategoryRightsTests<Sqlite>(fixture);

[Collection(PostgreSqlHost.Name)]
public sealed class CategoryRightsTestsOnPostgreSql(ForumHostFixture<PostgreSql> fixture) : CategoryRightsTests<PostgreSql>(fixture);
