using System.Text.Json.Nodes;
using Ent.Plugins.Resources.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Ent.Plugins.Resources.Tests.GraphQL;

/// <summary>Quotas, versions, trash, sharing and access through the schema, on each engine.</summary>
public abstract class ResourceScenarios(ResourcesHostFixture fixture, ITestOutputHelper output)
{
    private ResourcesHost Host => fixture.Host;

    [SkippableFact]
    public async Task An_upload_past_the_person_quota_is_refused_before_it_is_stored_and_emptying_the_trash_frees_it()
    {
        using var teacher = Host.CreateClient(DemoPeople.EnglishBlois);
        var first = (await teacher.UploadAsync(Operations.Upload, Operations.UploadInput("Vocabulary 1"), Operations.File("vocabulary-1.txt", Operations.RandomBytes(30_000))))
            .Payload("uploadResource")["resource"]!["id"]!.GetValue<string>();
        (await teacher.UploadAsync(Operations.Upload, Operations.UploadInput("Vocabulary 2"), Operations.File("vocabulary-2.txt", Operations.RandomBytes(30_000))))
            .Payload("uploadResource");
        var storedBefore = Host.StoredFiles().Count;
        var usageBefore = await UsageAsync(teacher);

        var refused = await teacher.UploadAsync(Operations.Upload, Operations.UploadInput("Vocabulary 3"), Operations.File("vocabulary-3.txt", Operations.RandomBytes(30_000)));
        Assert.Equal("QUOTA_EXCEEDED", refused.UserErrorCode("uploadResource"));
        Assert.Contains("64 KiB", refused["data"]!["uploadResource"]!["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(storedBefore, Host.StoredFiles().Count);
        Assert.Equal(usageBefore, await UsageAsync(teacher));

        (await teacher.PostAsync(Operations.Delete, new { id = first })).Payload("deleteResource");
        Assert.Equal("QUOTA_EXCEEDED", (await teacher.UploadAsync(Operations.Upload, Operations.UploadInput("Vocabulary 3"), Operations.File("vocabulary-3.txt", Operations.RandomBytes(30_000))))
            .UserErrorCode("uploadResource"));

        var emptied = (await teacher.PostAsync(Operations.EmptyTrash)).Payload("emptyResourceTrash");
        Assert.Equal(1, emptied["deletedCount"]!.GetValue<int>());
        Assert.Equal(30_000, emptied["freedBytes"]!.GetValue<long>());
        Assert.Equal(usageBefore - 30_000, await UsageAsync(teacher));
        Assert.Equal(storedBefore - 1, Host.StoredFiles().Count);
        (await teacher.UploadAsync(Operations.Upload, Operations.UploadInput("Vocabulary 3"), Operations.File("vocabulary-3.txt", Operations.RandomBytes(30_000))))
            .Payload("uploadResource");
        Assert.Equal(usageBefore, await UsageAsync(teacher));
    }

    [SkippableFact]
    public async Task An_upload_past_the_school_quota_or_the_file_size_limit_is_refused_with_the_limit()
    {
        using var teacher = Host.CreateClient(DemoPeople.FrenchVendome);
        (await teacher.UploadAsync(Operations.Upload, Operations.UploadInput("Poèmes"), Operations.File("poemes.txt", Operations.RandomBytes(25_000)))).Payload("uploadResource");
        var storedBefore = Host.StoredFiles().Count;

        var school = await teacher.UploadAsync(Operations.Upload, Operations.UploadInput("Poèmes 2"), Operations.File("poemes-2.txt", Operations.RandomBytes(25_000)));
        Assert.Equal("SCHOOL_QUOTA_EXCEEDED", school.UserErrorCode("uploadResource"));
        Assert.Contains("39.1 KiB", school["data"]!["uploadResource"]!["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);

        var large = await teacher.UploadAsync(Operations.Upload, Operations.UploadInput("Trop gros"), Operations.File("gros.txt", Operations.RandomBytes(40_000)));
        Assert.Equal("FILE_TOO_LARGE", large.UserErrorCode("uploadResource"));
        Assert.Contains("32 KiB", large["data"]!["uploadResource"]!["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(storedBefore, Host.StoredFiles().Count);
    }

    [SkippableFact]
    public async Task Refused_types_empty_files_and_bad_links_are_typed_errors_that_write_nothing()
    {
        using var teacher = Host.CreateClient(DemoPeople.HistoryBlois);
        var program = new byte[256];
        program[0] = (byte)'M';
        program[1] = (byte)'Z';
        program[0x3C] = 0x80;
        "PE\0\0"u8.CopyTo(program.AsSpan(0x80));
        var storedBefore = Host.StoredFiles().Count;

        Assert.Equal("FILE_TYPE_REFUSED", (await teacher.UploadAsync(Operations.Upload, Operations.UploadInput("Jeu"), Operations.File("jeu.exe", Operations.RandomBytes(100)))).UserErrorCode("uploadResource"));
        Assert.Equal("FILE_TYPE_REFUSED", (await teacher.UploadAsync(Operations.Upload, Operations.UploadInput("Notes"), Operations.File("notes.txt", program, "text/plain"))).UserErrorCode("uploadResource"));
        Assert.Equal("FILE_TYPE_REFUSED", (await teacher.UploadAsync(Operations.Upload, Operations.UploadInput("Script"), Operations.File("script.bin", Operations.RandomBytes(100), "application/x-msdownload"))).UserErrorCode("uploadResource"));
        Assert.Equal("FILE_EMPTY", (await teacher.UploadAsync(Operations.Upload, Operations.UploadInput("Vide"), Operations.File("vide.txt", []))).UserErrorCode("uploadResource"));
        Assert.Equal("REQUIRED", (await teacher.UploadAsync(Operations.Upload, Operations.UploadInput("  "), Operations.File("cours.txt", Operations.RandomBytes(100)))).UserErrorCode("uploadResource"));
        foreach (var url in new[] { "javascript:alert(1)", "ftp://example.org/cours.pdf", "/relative/path", "https://user:secret@example.org/", "not a url" })
        {
            var link = await teacher.PostAsync(Operations.CreateLink, new { input = new { url, title = "Lien" } });
            Assert.Equal("INVALID_URL", link.UserErrorCode("createLinkResource"));
        }

        Assert.Equal(storedBefore, Host.StoredFiles().Count);
        await using var db = Host.OpenStore();
        Assert.DoesNotContain(db.Resources, r => r.OwnerId == DemoPeople.HistoryBlois);
    }

    [SkippableFact]
    public async Task A_new_version_keeps_the_previous_ones_and_tells_the_followers()
    {
        var pupil = (await DemoPeople.PupilsOfAsync(Host, DemoIds.Rondeau, "4EB"))[1];
        using var teacher = Host.CreateClient(DemoPeople.MathsBlois);
        using var pupilClient = Host.CreateClient(pupil);
        var resource = (await teacher.UploadAsync(Operations.Upload, Operations.UploadInput("Devoir maison"), Operations.File("devoir-v1.txt", Operations.RandomBytes(1000))))
            .Payload("uploadResource")["resource"]!;
        var id = resource["id"]!.GetValue<string>();
        var firstVersion = resource["latestVersion"]!["id"]!.GetValue<string>();
        (await teacher.PostAsync(Operations.Share, new { input = new { resourceId = id, targetId = DemoIds.ClassId(DemoIds.Rondeau, "4EB"), right = "READ" } })).Payload("shareResource");
        (await pupilClient.PostAsync("mutation($id: ID!) { followResource(input: { id: $id, follow: true }) { resource { isFollowed } errors { code } } }", new { id }))
            .Payload("followResource");

        var second = (await teacher.UploadAsync(Operations.UploadVersion, new JsonObject { ["input"] = new JsonObject { ["resourceId"] = id, ["file"] = null, ["comment"] = "Correction de l'exercice 2" } },
            Operations.File("devoir-v2.txt", Operations.RandomBytes(1500)))).Payload("uploadResourceVersion");
        Assert.Equal(2, second["version"]!["number"]!.GetValue<int>());
        Assert.Equal("[2,1]", second["resource"]!["versions"]!.AsArray().Select(v => v!["number"]!.GetValue<int>()).Aggregate("[", (text, n) => text + (text.Length > 1 ? "," : string.Empty) + n) + "]");

        var history = await pupilClient.PostAsync("query($id: ID!) { node(id: $id) { ... on Resource { latestVersion { number fileName } versions { number size comment } } } }", new { id });
        Assert.Equal(2, history["data"]!["node"]!["latestVersion"]!["number"]!.GetValue<int>());
        Assert.Equal(1000, history["data"]!["node"]!["versions"]![1]!["size"]!.GetValue<long>());
        Assert.Equal(System.Net.HttpStatusCode.OK, (await pupilClient.GetAsync($"/resources/files/{firstVersion}")).StatusCode);

        var added = Host.Events.All.LastOrDefault(e => e.GetType().Name == "ResourceVersionAdded");
        Assert.NotNull(added);
        Assert.Contains(pupil, (IReadOnlyList<Guid>)added.GetType().GetProperty("FollowerIds")!.GetValue(added)!);
        Assert.DoesNotContain(DemoPeople.MathsBlois, (IReadOnlyList<Guid>)added.GetType().GetProperty("FollowerIds")!.GetValue(added)!);

        var reader = await pupilClient.UploadAsync(Operations.UploadVersion, new JsonObject { ["input"] = new JsonObject { ["resourceId"] = id, ["file"] = null } }, Operations.File("mine.txt", Operations.RandomBytes(10)));
        Assert.Equal("NOT_ALLOWED", reader.UserErrorCode("uploadResourceVersion"));
    }

    [SkippableFact]
    public async Task Trashed_resources_leave_every_list_until_their_owner_restores_them()
    {
        var pupil = (await DemoPeople.PupilsOfAsync(Host, DemoIds.Rondeau, "5EB"))[0];
        using var teacher = Host.CreateClient(DemoPeople.FrenchBlois);
        using var pupilClient = Host.CreateClient(pupil);
        var id = (await teacher.PostAsync(Operations.CreateLink, new { input = new { url = "https://fr.wikipedia.org/wiki/Alexandrin", title = "L'alexandrin", tags = new[] { "Poésie" } } }))
            .Payload("createLinkResource")["resource"]!["id"]!.GetValue<string>();
        (await teacher.PostAsync(Operations.Share, new { input = new { resourceId = id, targetId = DemoIds.ClassId(DemoIds.Rondeau, "5EB"), right = "READ" } })).Payload("shareResource");
        Assert.Contains(id, await TitlesAsync(pupilClient, "alexandrin"));

        Assert.Equal("NOT_ALLOWED", (await pupilClient.PostAsync(Operations.Delete, new { id })).UserErrorCode("deleteResource"));
        (await teacher.PostAsync(Operations.Delete, new { id })).Payload("deleteResource");
        Assert.DoesNotContain(id, await TitlesAsync(pupilClient, "alexandrin"));
        Assert.DoesNotContain(id, await TitlesAsync(teacher, "alexandrin"));
        var node = await pupilClient.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id });
        Assert.Equal("NOT_FOUND", node["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        var trash = await teacher.PostAsync("{ resourceTrash { nodes { id } } }");
        Assert.Contains(trash["data"]!["resourceTrash"]!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == id);
        Assert.Equal("NOT_FOUND", (await pupilClient.PostAsync(Operations.Restore, new { id })).UserErrorCode("restoreResource"));

        (await teacher.PostAsync(Operations.Restore, new { id })).Payload("restoreResource");
        Assert.Contains(id, await TitlesAsync(pupilClient, "alexandrin"));
        Assert.Equal("NOT_IN_TRASH", (await teacher.PostAsync(Operations.Restore, new { id })).UserErrorCode("restoreResource"));
    }

    [SkippableFact]
    public async Task Shares_reach_pupils_teachers_and_relatives_where_the_school_allows_and_stay_within_the_school()
    {
        var pupils4B = await DemoPeople.PupilsOfAsync(Host, DemoIds.Rondeau, "4EB");
        var relative = await DemoPeople.RelativeOfAsync(Host, pupils4B[2]);
        var ronsardPupils = await DemoPeople.PupilsOfAsync(Host, DemoIds.Ronsard, "6EA");
        using var teacher = Host.CreateClient(DemoPeople.SvtBlois);
        var id = (await teacher.PostAsync(Operations.CreateLink, new { input = new { url = "https://www.lumni.fr/", title = "La cellule : vidéo", tags = new[] { "cellule" }, level = "4e", subjectId = DemoIds.SubjectId(DemoIds.Rondeau, "SVT") } }))
            .Payload("createLinkResource")["resource"]!["id"]!.GetValue<string>();

        Assert.Equal("SHARE_OUTSIDE_SCHOOL", (await teacher.PostAsync(Operations.Share, new { input = new { resourceId = id, targetId = DemoIds.ClassId(DemoIds.Ronsard, "3EC"), right = "READ" } })).UserErrorCode("shareResource"));
        Assert.Equal("SHARE_OUTSIDE_SCHOOL", (await teacher.PostAsync(Operations.Share, new { input = new { resourceId = id, targetId = Ent.GraphQL.GlobalId.Encode("Person", ronsardPupils[1]), right = "READ" } })).UserErrorCode("shareResource"));
        Assert.Equal("SHARE_OUTSIDE_SCHOOL", (await teacher.PostAsync(Operations.Share, new { input = new { resourceId = id, targetId = Ent.GraphQL.GlobalId.Encode("Person", Guid.NewGuid()), right = "READ" } })).UserErrorCode("shareResource"));
        Assert.Equal("INVALID_ID", (await teacher.PostAsync(Operations.Share, new { input = new { resourceId = id, targetId = DemoIds.SchoolId(DemoIds.Rondeau), right = "READ" } })).UserErrorCode("shareResource"));
        using (var db = Host.OpenStore())
        {
            Assert.DoesNotContain(db.Shares, s => s.ResourceId == Ent.GraphQL.GlobalId.Decode(id, "Resource"));
        }

        (await teacher.PostAsync(Operations.Share, new { input = new { resourceId = id, targetId = DemoIds.ClassId(DemoIds.Rondeau, "4EB"), right = "READ" } })).Payload("shareResource");
        var shared = Host.Events.All.Last(e => e.GetType().Name == "ResourceShared");
        Assert.Equal(pupils4B.Order(), ((IReadOnlyList<Guid>)shared.GetType().GetProperty("RecipientIds")!.GetValue(shared)!).Order());

        using var pupil = Host.CreateClient(pupils4B[2]);
        using var parent = Host.CreateClient(relative);
        using var maths = Host.CreateClient(DemoPeople.MathsBlois);
        using var otherClass = Host.CreateClient((await DemoPeople.PupilsOfAsync(Host, DemoIds.Rondeau, "6EA"))[1]);
        foreach (var reader in new[] { pupil, parent, maths })
        {
            Assert.Contains(id, await TitlesAsync(reader, "cellule"));
        }

        Assert.DoesNotContain(id, await TitlesAsync(otherClass, "cellule"));
        var filtered = await pupil.PostAsync("query($where: ResourceFilter) { resources(where: $where) { nodes { id } } }",
            new { where = new { subject = DemoIds.SubjectId(DemoIds.Rondeau, "SVT"), level = "4e", tags = new[] { "CELLULE" }, text = "VIDEO" } });
        Assert.Equal(id, filtered["data"]!["resources"]!["nodes"]![0]!["id"]!.GetValue<string>());

        // In the Ronsard collège relatives do not read their children's class resources; the pupils do.
        using var ronsardTeacher = Host.CreateClient(DemoPeople.MathsVendome);
        var ronsardId = (await ronsardTeacher.PostAsync(Operations.CreateLink, new { input = new { url = "https://www.mathenpoche.fr/", title = "Exercices : nombres relatifs" } }))
            .Payload("createLinkResource")["resource"]!["id"]!.GetValue<string>();
        (await ronsardTeacher.PostAsync(Operations.Share, new { input = new { resourceId = ronsardId, targetId = DemoIds.ClassId(DemoIds.Ronsard, "6EA"), right = "READ" } })).Payload("shareResource");
        using var moreau = Host.CreateClient(DemoPeople.ParentMoreau);
        using var moreauChild = Host.CreateClient(ronsardPupils[0]);
        Assert.Contains(ronsardId, await TitlesAsync(moreauChild, "relatifs"));
        Assert.DoesNotContain(ronsardId, await TitlesAsync(moreau, "relatifs"));
        var guessed = await moreau.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = ronsardId });
        Assert.Equal("NOT_FOUND", guessed["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task A_class_resource_list_with_owners_and_latest_versions_costs_the_same_statements_for_2_or_12_resources()
    {
        var classId = DemoIds.ClassId(DemoIds.Rondeau, "6EA");
        using var maths = Host.CreateClient(DemoPeople.MathsBlois);
        using var french = Host.CreateClient(DemoPeople.FrenchBlois);
        async Task AddAsync(int i)
        {
            var owner = i % 2 == 0 ? maths : french;
            var id = (await owner.UploadAsync(Operations.Upload, Operations.UploadInput($"Fiche {i}", ["exercices", $"fiche {i}"]), Operations.File($"fiche-{i}.txt", Operations.RandomBytes(200))))
                .Payload("uploadResource")["resource"]!["id"]!.GetValue<string>();
            (await owner.PostAsync(Operations.Share, new { input = new { resourceId = id, targetId = classId, right = "READ" } })).Payload("shareResource");
        }

        await AddAsync(0);
        await AddAsync(1);
        var few = await CountStatementsAsync(maths, classId, expectedAtLeast: 2);
        for (var i = 2; i < 12; i++)
        {
            await AddAsync(i);
        }

        var many = await CountStatementsAsync(maths, classId, expectedAtLeast: 12);
        output.WriteLine($"{Host.Provider}: {few.Count} statements for {few.Resources} resources, {many.Count} for {many.Resources}:\n{string.Join("\n---\n", many.Statements)}");
        Assert.Equal(few.Count, many.Count);
        // Viewer (2), the class (1), the page and its count (2), the owners (1), the latest versions (1), the tags (1),
        // the versions (1), whether the viewer follows each (1).
        Assert.True(many.Count <= 10, $"{many.Count} statements");
    }

    private async Task<(int Count, int Resources, IReadOnlyList<string> Statements)> CountStatementsAsync(HttpClient client, string classId, int expectedAtLeast)
    {
        using var counter = Host.CountStatements();
        var result = await client.PostAsync(Operations.ClassResources, new { id = classId });
        var nodes = result["data"]!["node"]!["resources"]!["nodes"]!.AsArray();
        Assert.True(nodes.Count >= expectedAtLeast, result.ToJsonString());
        Assert.All(nodes, node => Assert.NotNull(node!["owner"]!["displayName"]));
        return (counter.Statements.Count, nodes.Count, counter.Statements);
    }

    private static async Task<IReadOnlyList<string>> TitlesAsync(HttpClient client, string text)
    {
        var result = await client.PostAsync("query($text: String) { resources(where: { text: $text }) { nodes { id } } }", new { text });
        Assert.True(result["errors"] is null, result.ToJsonString());
        return [.. result["data"]!["resources"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>())];
    }

    private static async Task<long> UsageAsync(HttpClient client) =>
        (await client.PostAsync(Operations.Usage))["data"]!["me"]!["resourceUsage"]!["usedBytes"]!.GetValue<long>();
}

public sealed class ResourceScenariosOnSqlite(SqliteResourcesHost fixture, ITestOutputHelper output) : ResourceScenarios(fixture, output), IClassFixture<SqliteResourcesHost>;

public sealed class ResourceScenariosOnPostgreSql(PostgreSqlResourcesHost fixture, ITestOutputHelper output) : ResourceScenarios(fixture, output), IClassFixture<PostgreSqlResourcesHost>;
