using System.Text.Json;
using Ent.Data;
using Ent.Host.Tests.Infrastructure;
using Ent.Testing;
using Microsoft.EntityFrameworkCore;

namespace Ent.Host.Tests.Directory.GraphQL;

public abstract class ImportDirectoryMutationTests<TEngine>
    where TEngine : IDatabaseEngine
{
    private const string Mutation = """
        mutation Import($input: ImportDirectoryInput!) {
          importDirectory(input: $input) {
            written
            school { uai name }
            counts { subject created updated deactivated removed unchanged }
            errors { code message field }
            errorCount
          }
        }
        """;

    [SkippableFact]
    public async Task A_school_administrator_imports_their_school_and_a_second_import_changes_nothing()
    {
        await using var host = await DirectoryImportHost.StartAsync(TEngine.Provider);
        await host.ImportAsync(ImportFolder.SamplePath);
        var input = SampleInput();
        input["people"] += "E010;Student;Nouveau;Arthur;;01/02/2015;;\n";
        input["enrollments"] += "E010;6A\n";

        var first = Payload(await host.ExecuteAsync("P001", Mutation, new { input }));
        var second = Payload(await host.ExecuteAsync("P001", Mutation, new { input }));

        Assert.True(first.GetProperty("written").GetBoolean());
        Assert.Equal("0410001A", first.GetProperty("school").GetProperty("uai").GetString());
        Assert.Equal(1, Count(first, "people", "created"));
        Assert.Equal(1, Count(first, "enrollments", "created"));
        Assert.True(second.GetProperty("written").GetBoolean());
        Assert.All(second.GetProperty("counts").EnumerateArray(), tally =>
            Assert.Equal(0, tally.GetProperty("created").GetInt32() + tally.GetProperty("updated").GetInt32() + tally.GetProperty("deactivated").GetInt32() + tally.GetProperty("removed").GetInt32()));
        Assert.Equal(23, Count(second, "people", "unchanged"));
    }

    [SkippableFact]
    public async Task Bad_rows_come_back_as_user_errors_with_file_and_line_and_nothing_is_written()
    {
        await using var host = await DirectoryImportHost.StartAsync(TEngine.Provider);
        await host.ImportAsync(ImportFolder.SamplePath);
        var before = await host.CountRowsAsync();
        var input = SampleInput();
        input["classes"] = input["classes"].Replace("4B;4e B;4e", "4B;4e Bleue;4e", StringComparison.Ordinal);
        input["enrollments"] += "E001;5D\n";
        input["formTutors"] = string.Empty;

        var payload = Payload(await host.ExecuteAsync("P001", Mutation, new { input }));

        Assert.False(payload.GetProperty("written").GetBoolean());
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("school").ValueKind);
        Assert.Equal(
            [
                ("INVALID_IMPORT_FILE", "form-tutors.csv: the header row is missing; it lists the columns class_code;teacher_id", "formTutors"),
            ],
            payload.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("code").GetString(), e.GetProperty("message").GetString(), e.GetProperty("field")[0].GetString())));

        input["formTutors"] = Read("form-tutors.csv");
        payload = Payload(await host.ExecuteAsync("P001", Mutation, new { input }));

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_IMPORT_ROW", error.GetProperty("code").GetString());
        Assert.Equal("enrollments.csv:11: unknown class '5D': it is not in classes.csv", error.GetProperty("message").GetString());
        Assert.Equal(["enrollments"], error.GetProperty("field").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(1, payload.GetProperty("errorCount").GetInt32());
        Assert.Equal(before, await host.CountRowsAsync());
        await using var store = host.CreateStore();
        Assert.Equal("4e B", (await store.Classes.SingleAsync(c => c.Code == "4B")).Name);
    }

    [SkippableFact]
    public async Task Staff_who_do_not_administer_the_school_and_teachers_may_not_import()
    {
        await using var host = await DirectoryImportHost.StartAsync(TEngine.Provider);
        await host.ImportAsync(ImportFolder.SamplePath);
        var input = SampleInput();

        // P002 is the CPE, not an administrator; T002 administers the school but as a teacher, not as staff.
        var cpe = await host.ExecuteAsync("P002", Mutation, new { input });
        var teacher = await host.ExecuteAsync("T002", Mutation, new { input });

        Assert.Equal("FORBIDDEN", cpe.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("FORBIDDEN", teacher.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [SkippableFact]
    public async Task An_administrator_of_one_school_may_not_import_another()
    {
        await using var host = await DirectoryImportHost.StartAsync(TEngine.Provider);
        await host.ImportAsync(ImportFolder.SamplePath);
        var input = SampleInput();
        input["school"] = "uai;name;kind;city\n0410002B;Collège Bégon;College;Blois\n";

        var result = await host.ExecuteAsync("P001", Mutation, new { input });

        Assert.Equal("FORBIDDEN", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        await using var store = host.CreateStore();
        Assert.Equal(1, await store.Schools.CountAsync());
    }

    /// <summary>The sample set as the mutation's input, by input field.</summary>
    private static Dictionary<string, string> SampleInput() => new()
    {
        ["school"] = Read("school.csv"),
        ["subjects"] = Read("subjects.csv"),
        ["classes"] = Read("classes.csv"),
        ["groups"] = Read("groups.csv"),
        ["schoolYears"] = Read("school-years.csv"),
        ["periods"] = Read("periods.csv"),
        ["people"] = Read("people.csv"),
        ["enrollments"] = Read("enrollments.csv"),
        ["groupMembers"] = Read("group-members.csv"),
        ["familyLinks"] = Read("family-links.csv"),
        ["assignments"] = Read("assignments.csv"),
        ["formTutors"] = Read("form-tutors.csv"),
    };

    private static string Read(string file) => File.ReadAllText(Path.Combine(ImportFolder.SamplePath, file));

    private static JsonElement Payload(JsonElement response)
    {
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return response.GetProperty("data").GetProperty("importDirectory");
    }

    private static int Count(JsonElement payload, string subject, string what) =>
        payload.GetProperty("counts").EnumerateArray().Single(tally => tally.GetProperty("subject").GetString() == subject).GetProperty(what).GetInt32();
}

public sealed class ImportDirectoryMutationTestsOnSqlite : ImportDirectoryMutationTests<Sqlite>;

public sealed class ImportDirectoryMutationTestsOnPostgreSql : ImportDirectoryMutationTests<PostgreSql>;
