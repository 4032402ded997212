using System.Text.Json.Nodes;
using Ent.GraphQL;
using Ent.Testing;

namespace Ent.Host.Tests.Access;

/// <summary>
/// Who sees what of the directory, through the real endpoint with real access tokens, on the demo tenant:
/// each profile sees exactly its share, and asking for more is refused without revealing anything.
/// </summary>
public abstract class DirectoryAccessTests<TEngine>(DirectoryAccessHost<TEngine> fixture) : IClassFixture<DirectoryAccessHost<TEngine>>
    where TEngine : IDatabaseEngine
{
    private const string Blois = "0410001A";
    private const string Vendome = "0410002B";

    // Claire Moreau's children: one in each collège's 6e A.
    private static readonly Guid BloisChild = DemoPeople.Id("eleve.adam.leroy.blois");
    private static readonly Guid VendomeChild = DemoPeople.Id("eleve.rose.roux.vendome");

    [SkippableFact]
    public async Task A_relative_sees_their_children_in_both_schools_and_nobody_else_in_their_classes()
    {
        var data = Data(await AsAsync("parent.moreau", """
            { me { children { id displayName birthDate classes { name school { uai } students { totalCount nodes { id } } } } } }
            """));

        var children = data["me"]!["children"]!.AsArray();
        Assert.Equal(
            [GlobalId.Encode("Person", BloisChild), GlobalId.Encode("Person", VendomeChild)],
            children.Select(child => (string)child!["id"]!).Order());
        Assert.All(children, child =>
        {
            Assert.NotNull((string?)child!["birthDate"]);
            var schoolClass = child["classes"]![0]!;
            Assert.Equal(1, (int)schoolClass["students"]!["totalCount"]!);
            Assert.Equal((string)child["id"]!, (string)schoolClass["students"]!["nodes"]![0]!["id"]!);
        });
        Assert.Equal([Blois, Vendome], children.Select(child => (string)child!["classes"]![0]!["school"]!["uai"]!).Order());
    }

    [SkippableFact]
    public async Task A_relative_asking_for_another_familys_child_by_id_gets_not_found_and_learns_nothing()
    {
        var stranger = DemoPeople.Id("eleve.gabriel.david.blois");
        var response = await AsAsync("parent.moreau", "query ($id: ID!) { node(id: $id) { id ... on Person { displayName } } }", new { id = GlobalId.Encode("Person", stranger) });

        var error = SingleError(response, ErrorCodes.NotFound);
        Assert.DoesNotContain("Gabriel", (string)error["message"]!, StringComparison.Ordinal);
        Assert.DoesNotContain(stranger.ToString(), (string)error["message"]!, StringComparison.OrdinalIgnoreCase);
        Assert.Null(response["data"]);
    }

    [SkippableFact]
    public async Task A_relative_cannot_reach_another_class_through_a_relationship()
    {
        var otherClass = GlobalId.Encode("Class", DemoPeople.Class(Blois, "4EB"));
        var response = await AsAsync("parent.moreau", "query ($id: ID!) { node(id: $id) { ... on Class { students { nodes { displayName } } } } }", new { id = otherClass });

        SingleError(response, ErrorCodes.NotFound);
    }

    [SkippableFact]
    public async Task A_teacher_sees_the_pupils_of_the_classes_they_teach_but_not_their_private_details_unless_form_tutor()
    {
        var french = Data(await AsAsync("prof.franc.blois", "{ schools { classes { nodes { name students { totalCount nodes { birthDate } } } } } }"));
        var maths = Data(await AsAsync("prof.maths.blois", "{ schools { classes { nodes { name students { totalCount nodes { birthDate } } } } } }"));

        var frenchClasses = french["schools"]![0]!["classes"]!["nodes"]!.AsArray();
        Assert.Equal(["4e B", "5e B", "6e A"], frenchClasses.Select(c => (string)c!["name"]!));
        Assert.All(frenchClasses, c => Assert.Equal(6, (int)c!["students"]!["totalCount"]!));
        Assert.All(frenchClasses.SelectMany(c => c!["students"]!["nodes"]!.AsArray()), pupil => Assert.Null((string?)pupil!["birthDate"]));

        // The maths teacher is form tutor of 6e A: that class's whole record, and only that one.
        var mathsClasses = maths["schools"]![0]!["classes"]!["nodes"]!.AsArray();
        Assert.All(mathsClasses.Single(c => (string)c!["name"]! == "6e A")!["students"]!["nodes"]!.AsArray(), pupil => Assert.NotNull((string?)pupil!["birthDate"]));
        Assert.All(mathsClasses.Where(c => (string)c!["name"]! != "6e A").SelectMany(c => c!["students"]!["nodes"]!.AsArray()), pupil => Assert.Null((string?)pupil!["birthDate"]));
    }

    [SkippableFact]
    public async Task A_teacher_asking_for_a_class_they_do_not_teach_gets_not_found()
    {
        var vendomeClass = GlobalId.Encode("Class", DemoPeople.Class(Vendome, "6EA"));
        var response = await AsAsync("prof.franc.blois", "query ($id: ID!) { node(id: $id) { id } }", new { id = vendomeClass });

        SingleError(response, ErrorCodes.NotFound);
    }

    [SkippableFact]
    public async Task Staff_see_their_whole_school_and_nothing_of_the_other()
    {
        var data = Data(await AsAsync("cpe.blois", "{ schools { uai classes { totalCount nodes { students { totalCount } } } } }"));
        var vendomePupil = await AsAsync("cpe.blois", "query ($id: ID!) { node(id: $id) { id } }", new { id = GlobalId.Encode("Person", VendomeChild) });

        var school = Assert.Single(data["schools"]!.AsArray())!;
        Assert.Equal(Blois, (string)school["uai"]!);
        Assert.Equal(3, (int)school["classes"]!["totalCount"]!);
        Assert.Equal(18, school["classes"]!["nodes"]!.AsArray().Sum(c => (int)c!["students"]!["totalCount"]!));
        SingleError(vendomePupil, ErrorCodes.NotFound);
    }

    [SkippableFact]
    public async Task A_pupil_sees_themself_and_not_their_classmates()
    {
        var data = Data(await AsAsync("eleve.chloe.martin.blois", "{ me { displayName birthDate classes { name students { totalCount nodes { displayName } } } } }"));

        var me = data["me"]!;
        Assert.Equal("Chloé Martin", (string)me["displayName"]!);
        Assert.NotNull((string?)me["birthDate"]);
        var schoolClass = Assert.Single(me["classes"]!.AsArray())!;
        Assert.Equal(1, (int)schoolClass["students"]!["totalCount"]!);
        Assert.Equal("Chloé Martin", (string)schoolClass["students"]!["nodes"]![0]!["displayName"]!);
    }

    [SkippableFact]
    public async Task The_tenant_administrator_manages_the_bouquet_but_reads_no_pupil()
    {
        var schools = Data(await AsAsync("admin.departement", "{ me { displayName } bouquet { id } schools { uai } }"));
        var pupil = await AsAsync("admin.departement", "query ($id: ID!) { node(id: $id) { id } }", new { id = GlobalId.Encode("Person", BloisChild) });

        Assert.Empty(schools["schools"]!.AsArray());
        SingleError(pupil, ErrorCodes.NotFound);
    }

    [SkippableFact]
    public async Task A_token_of_one_tenant_is_worth_nothing_in_another()
    {
        var client = fixture.Host.CreateClient();
        var demoToken = fixture.Host.IssueAccessToken(DemoPeople.Id("cpe.blois"), []);
        var foreignToken = fixture.Host.IssueAccessToken(DemoPeople.Id("cpe.blois"), [], DirectoryAccessHost<TEngine>.OtherTenant);

        var demoTokenElsewhere = await client.PostGraphQLAsync("{ me { id } }", tenant: DirectoryAccessHost<TEngine>.OtherTenant, accessToken: demoToken);
        var foreignTokenHere = await client.PostGraphQLAsync("{ me { id } schools { uai } }", tenant: DemoPeople.Tenant, accessToken: foreignToken);

        SingleError(demoTokenElsewhere, ErrorCodes.Unauthenticated);
        Assert.Contains(foreignTokenHere["errors"]!.AsArray(), error => (string?)error!["extensions"]!["code"] == ErrorCodes.Unauthenticated);
        Assert.Null(foreignTokenHere["data"]);
    }

    [SkippableFact]
    public async Task Anonymous_requests_read_the_bouquet_and_the_tenant_but_not_me()
    {
        var client = fixture.Host.CreateClient();

        var open = await client.PostGraphQLAsync("{ tenant { id } bouquet { id } }", tenant: DemoPeople.Tenant);
        var me = await client.PostGraphQLAsync("{ me { id } }", tenant: DemoPeople.Tenant);

        Assert.Equal(DemoPeople.Tenant, (string)Data(open)["tenant"]!["id"]!);
        SingleError(me, ErrorCodes.Unauthenticated);
    }

    private Task<JsonObject> AsAsync(string login, string query, object? variables = null) =>
        fixture.Host.CreateClient().PostGraphQLAsync(query, variables, DemoPeople.Tenant, fixture.Host.IssueAccessToken(DemoPeople.Id(login), []));

    private static JsonNode Data(JsonObject response)
    {
        Assert.Null(response["errors"]);
        return response["data"]!;
    }

    private static JsonNode SingleError(JsonObject response, string code)
    {
        var error = Assert.Single(response["errors"]!.AsArray())!;
        Assert.Equal(code, (string?)error["extensions"]!["code"]);
        return error;
    }
}

public sealed class DirectoryAccessTestsOnSqlite(DirectoryAccessHost<Sqlite> fixture) : DirectoryAccessTests<Sqlite>(fixture);

public sealed class DirectoryAccessTestsOnPostgreSql(DirectoryAccessHost<PostgreSql> fixture) : DirectoryAccessTests<PostgreSql>(fixture);
