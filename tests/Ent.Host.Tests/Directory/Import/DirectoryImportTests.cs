using Ent.Data;
using Ent.Directory;
using Ent.Host.Directory.Import;
using Ent.Host.Tests.Infrastructure;
using Ent.Testing;
using Microsoft.EntityFrameworkCore;

namespace Ent.Host.Tests.Directory.Import;

public abstract class DirectoryImportTests<TEngine>
    where TEngine : IDatabaseEngine
{
    [SkippableFact]
    public async Task The_sample_set_loads_with_the_expected_counts()
    {
        await using var host = await DirectoryImportHost.StartAsync(TEngine.Provider);

        var result = await host.ImportAsync(ImportFolder.SamplePath);

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        Assert.Equal("0410001A", result.Uai);
        var counts = result.Counts!;
        Assert.Equal(
            [1, 6, 3, 2, 1, 5, 22, 23, 9, 5, 9, 8, 3],
            counts.All.Select(tally => tally.Created));
        Assert.Equal(counts.All.Sum(tally => tally.Created), counts.Changed);

        var rows = await host.CountRowsAsync();
        Assert.Equal(22, rows["active people"]);
        Assert.Equal(23, rows["active profiles"]);
        Assert.Equal(9, rows["enrollments"]);
        Assert.Equal(9, rows["family links"]);

        await using var store = host.CreateStore();
        var school = await store.Schools.SingleAsync();
        Assert.Equal(("Collège Augustin Thierry", SchoolKind.College, "Blois", DirectoryImportHost.TenantId), (school.Name, school.Kind, school.City, school.TenantId));
        var isabelle = await store.People.SingleAsync(p => p.ExternalId == "T002");
        var roles = await store.Profiles.Where(p => p.PersonId == isabelle.Id).ToDictionaryAsync(p => p.Kind, p => p.IsSchoolAdministrator);
        Assert.Equal(new Dictionary<ProfileKind, bool> { [ProfileKind.Teacher] = true, [ProfileKind.Relative] = false }, roles);
        Assert.Equal(new DateOnly(2015, 3, 14), (await store.People.SingleAsync(p => p.ExternalId == "E001")).BirthDate);
        Assert.Equal("Accompagnement personnalisé; 6e", (await store.Groups.SingleAsync(g => g.Code == "AP6")).Name);
        var grandmother = await store.FamilyLinks.SingleAsync(l => l.RelativeId == store.People.Single(p => p.ExternalId == "R005").Id);
        Assert.Equal(("grand-mère", false), (grandmother.Relationship, grandmother.IsLegalGuardian));
        var thirdC = await store.Classes.SingleAsync(c => c.Code == "3C");
        Assert.Equal(2, await store.Periods.CountAsync(p => p.ClassId == thirdC.Id));
        Assert.Equal(
            1,
            await store.TeachingAssignments.CountAsync(a => a.GroupId != null && a.ClassId == null));
    }

    [SkippableFact]
    public async Task A_second_import_of_the_same_files_changes_nothing()
    {
        await using var host = await DirectoryImportHost.StartAsync(TEngine.Provider);
        var first = await host.ImportAsync(ImportFolder.SamplePath);
        var rowsAfterFirst = await host.CountRowsAsync();

        var second = await host.ImportAsync(ImportFolder.SamplePath);

        Assert.True(second.Succeeded);
        Assert.All(second.Counts!.All, tally =>
        {
            Assert.Equal(0, tally.Changed);
            Assert.Equal(first.Counts!.All.Single(t => t.Subject == tally.Subject).Created, tally.Unchanged);
        });
        Assert.Equal(rowsAfterFirst, await host.CountRowsAsync());
    }

    [SkippableFact]
    public async Task A_changed_row_updates_what_it_describes_and_nothing_else()
    {
        await using var host = await DirectoryImportHost.StartAsync(TEngine.Provider);
        using var files = ImportFolder.FromSample();
        await host.ImportAsync(files.Path);
        Guid personId;
        await using (var store = host.CreateStore())
        {
            personId = (await store.People.SingleAsync(p => p.ExternalId == "E001")).Id;
        }

        files.Replace("people.csv", "E001;Student;Martin;Léa;;14/03/2015", "E001;Student;Martin-Roy;Léa;lea.martin@example.fr;14/03/2015");
        files.Replace("classes.csv", "4B;4e B;4e", "4B;4e Bleue;4e");
        files.Replace("enrollments.csv", "E002;6A", "E002;4B");
        files.Replace("family-links.csv", "R002;E001;père;oui", "R002;E001;père;non");
        files.Replace("people.csv", "P002;Personnel;Garnier;Olivier;olivier.garnier@ac-orleans-tours.fr;;CPE;non", "P002;Personnel;Garnier;Olivier;olivier.garnier@ac-orleans-tours.fr;;CPE;oui");
        var result = await host.ImportAsync(files.Path);

        var counts = result.Counts!;
        Assert.Equal((0, 1, 21), (counts.People.Created, counts.People.Updated, counts.People.Unchanged));
        Assert.Equal((1, 22), (counts.Profiles.Updated, counts.Profiles.Unchanged));
        Assert.Equal((1, 2), (counts.Classes.Updated, counts.Classes.Unchanged));
        Assert.Equal((1, 1, 8), (counts.Enrollments.Created, counts.Enrollments.Removed, counts.Enrollments.Unchanged));
        Assert.Equal((1, 8), (counts.FamilyLinks.Updated, counts.FamilyLinks.Unchanged));
        Assert.Equal(6, counts.Changed);

        await using var after = host.CreateStore();
        var lea = await after.People.SingleAsync(p => p.ExternalId == "E001");
        Assert.Equal((personId, "Martin-Roy", "lea.martin@example.fr"), (lea.Id, lea.LastName, lea.Email));
        Assert.Equal("4e Bleue", (await after.Classes.SingleAsync(c => c.Code == "4B")).Name);
        var hugo = await after.People.SingleAsync(p => p.ExternalId == "E002");
        Assert.Equal(["4B"], await after.ClassEnrollments.Where(e => e.StudentId == hugo.Id).Select(e => after.Classes.Single(c => c.Id == e.ClassId).Code).ToListAsync());
        Assert.False((await after.FamilyLinks.SingleAsync(l => l.StudentId == lea.Id && l.Relationship == "père")).IsLegalGuardian);
    }

    [SkippableFact]
    public async Task A_person_absent_from_a_new_import_is_deactivated_not_deleted_and_keeps_links_to_other_schools()
    {
        await using var host = await DirectoryImportHost.StartAsync(TEngine.Provider);
        using var schoolA = ImportFolder.FromSample();
        await host.ImportAsync(schoolA.Path);

        // Sophie Martin (R001) also has a son at another collège, imported from its own files.
        using var schoolB = ImportFolder.FromSample();
        schoolB.Write("school.csv", "uai;name;kind;city\n0410002B;Collège Bégon;College;Blois\n");
        schoolB.Write("people.csv", "external_id;profile;last_name;first_name;email;birth_date;position;school_admin\nR001;Relative;Martin;Sophie;sophie.martin@example.fr;;;\nF001;Student;Martin;Tom;;01/09/2013;;\nT900;Teacher;Blanc;Marc;;;;\n");
        schoolB.Write("enrollments.csv", "student_id;class_code\nF001;4B\n");
        schoolB.Write("group-members.csv", "student_id;group_code\n");
        schoolB.Write("family-links.csv", "relative_id;student_id;relationship;legal_guardian\nR001;F001;mère;oui\n");
        schoolB.Write("assignments.csv", "teacher_id;class_code;group_code;subject_code\nT900;4B;;MATHS\n");
        schoolB.Write("form-tutors.csv", "class_code;teacher_id\n4B;T900\n");
        Assert.True((await host.ImportAsync(schoolB.Path)).Succeeded);

        // School A's next feed no longer has Léa Martin (E001), who left, nor her mother Sophie (R001).
        schoolA.RemoveLines("people.csv", "E001;");
        schoolA.RemoveLines("people.csv", "R001;");
        schoolA.RemoveLines("enrollments.csv", "E001;");
        schoolA.RemoveLines("group-members.csv", "E001;");
        schoolA.RemoveLines("family-links.csv", "R001;");
        schoolA.RemoveLines("family-links.csv", "R002;E001");
        var peopleBefore = (await host.CountRowsAsync())["people"];
        var result = await host.ImportAsync(schoolA.Path);

        var counts = result.Counts!;
        Assert.Equal((2, 0), (counts.Profiles.Deactivated, counts.Profiles.Created));
        Assert.Equal(1, counts.People.Deactivated);
        Assert.Equal(0, counts.FamilyLinks.Removed);
        Assert.Equal(peopleBefore, (await host.CountRowsAsync())["people"]);

        await using var store = host.CreateStore();
        var schools = await store.Schools.ToDictionaryAsync(s => s.Uai, s => s.Id);
        var lea = await store.People.SingleAsync(p => p.ExternalId == "E001");
        Assert.False(lea.IsActive);
        Assert.False((await store.Profiles.SingleAsync(p => p.PersonId == lea.Id)).IsActive);
        Assert.Empty(await store.ClassEnrollments.Where(e => e.StudentId == lea.Id).ToListAsync());

        var sophie = await store.People.SingleAsync(p => p.ExternalId == "R001");
        Assert.True(sophie.IsActive);
        var sophieProfiles = await store.Profiles.Where(p => p.PersonId == sophie.Id).ToDictionaryAsync(p => p.SchoolId, p => p.IsActive);
        Assert.Equal(new Dictionary<Guid, bool> { [schools["0410001A"]] = false, [schools["0410002B"]] = true }, sophieProfiles);
        // Her link to Tom, at school B, survives; so does her link to Léa, now inactive: only the files that
        // list a pupil own that pupil's links.
        var tom = await store.People.SingleAsync(p => p.ExternalId == "F001");
        var children = await store.FamilyLinks.Where(l => l.RelativeId == sophie.Id).Select(l => l.StudentId).ToListAsync();
        Assert.Equal(new HashSet<Guid> { tom.Id, lea.Id }, children.ToHashSet());

        // School B's teacher and class are untouched by school A's import.
        Assert.Equal(1, await store.TeachingAssignments.CountAsync(a => a.SchoolId == schools["0410002B"]));
    }

    [SkippableFact]
    public async Task A_file_with_bad_rows_is_rejected_whole_with_file_line_and_reason_and_nothing_is_written()
    {
        await using var host = await DirectoryImportHost.StartAsync(TEngine.Provider);
        using var files = ImportFolder.FromSample();
        await host.ImportAsync(files.Path);
        var before = await host.CountRowsAsync();

        // Good changes beside the bad rows must not be written either.
        files.Replace("classes.csv", "4B;4e B;4e", "4B;4e Bleue;4e");
        files.Write("people.csv", files.Read("people.csv") + "E010;Student;Nouveau;Élève;;31/02/2014;;\nE011;Eleve;;Arthur;;;;\nE012;Pupil;Roux;Arthur;pas-une-adresse;;;\n");
        files.Write("enrollments.csv", files.Read("enrollments.csv") + "E010;5D\nR001;6A\n");
        var result = await host.ImportAsync(files.Path);

        Assert.False(result.Succeeded);
        Assert.Null(result.Counts);
        Assert.Equal(
            [
                "people.csv:25: 'birth_date' is not a date: '31/02/2014' (write YYYY-MM-DD or DD/MM/YYYY)",
                "people.csv:26: 'last_name' is required",
                "people.csv:27: 'profile' is not Teacher, Student, Relative, Personnel or Guest: 'Pupil'",
                "people.csv:27: 'email' is not an e-mail address: 'pas-une-adresse'",
                "enrollments.csv:11: unknown class '5D': it is not in classes.csv",
                "enrollments.csv:12: 'R001' is not a Student in people.csv",
            ],
            result.Errors.Select(error => error.ToString()));
        Assert.Equal(6, result.ErrorCount);
        Assert.Equal(before, await host.CountRowsAsync());
        await using var store = host.CreateStore();
        Assert.Equal("4e B", (await store.Classes.SingleAsync(c => c.Code == "4B")).Name);
    }

    [SkippableFact]
    public async Task A_rejected_first_import_creates_no_school()
    {
        await using var host = await DirectoryImportHost.StartAsync(TEngine.Provider);
        using var files = ImportFolder.FromSample();
        files.Delete("form-tutors.csv");

        var result = await host.ImportAsync(files.Path);

        Assert.Equal(["form-tutors.csv: the file is missing"], result.Errors.Select(error => error.ToString()));
        Assert.All(await host.CountRowsAsync(), table => Assert.Equal(0, table.Value));
    }
}

public sealed class DirectoryImportTestsOnSqlite : DirectoryImportTests<Sqlite>;

public sealed class DirectoryImportTestsOnPostgreSql : DirectoryImportTests<PostgreSql>;
