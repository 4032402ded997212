using System.Diagnostics;
using System.Globalization;
using System.Text;
using Ent.Data;
using Ent.Host.Directory.Import;
using Ent.Host.Tests.Infrastructure;
using Ent.Testing;
using Xunit.Abstractions;

namespace Ent.Host.Tests.Directory.Import;

public abstract class LargeImportTests<TEngine>(ITestOutputHelper output)
    where TEngine : IDatabaseEngine
{
    private const int Classes = 1_000;
    private const int Teachers = 1_000;
    private const int Relatives = 2_000;
    private const int Students = 27_000;

    [SkippableFact]
    public async Task Thirty_thousand_people_import_in_one_pass_with_progress_and_a_second_pass_changes_nothing()
    {
        await using var host = await DirectoryImportHost.StartAsync(TEngine.Provider);
        using var files = ImportFolder.FromSample();
        WriteLargeSchool(files);
        var reports = new List<ImportProgress>();
        var progress = new SynchronousProgress(reports.Add);

        var watch = Stopwatch.StartNew();
        var first = await host.ImportAsync(files.Path, progress);
        var firstTime = watch.Elapsed;
        watch.Restart();
        var second = await host.ImportAsync(files.Path);
        var secondTime = watch.Elapsed;

        output.WriteLine($"{TEngine.Provider}: {Teachers + Relatives + Students} people imported in {firstTime.TotalSeconds:0.0} s; the same files again in {secondTime.TotalSeconds:0.0} s.");
        Assert.True(first.Succeeded, string.Join('\n', first.Errors));
        Assert.Equal(30_000, first.Counts!.People.Created);
        Assert.Equal(30_000, first.Counts.Profiles.Created);
        Assert.Equal(Students, first.Counts.Enrollments.Created);
        Assert.Equal(Students, first.Counts.FamilyLinks.Created);
        Assert.Equal(0, second.Counts!.Changed);
        Assert.Equal(30_000, second.Counts.People.Unchanged);

        var people = reports.Where(report => report is { Stage: ImportStage.Writing, Subject: "people" }).ToList();
        Assert.Equal(30_000 / ImportWriteSession.BatchSize, people.Count);
        Assert.Equal(new ImportProgress(ImportStage.Writing, "people", 30_000, 30_000), people[^1]);
        Assert.Contains(new ImportProgress(ImportStage.Validating, "people.csv", 30_000, null), reports);
    }

    private static void WriteLargeSchool(ImportFolder files)
    {
        var classes = new StringBuilder("code;name;level\n");
        var people = new StringBuilder("external_id;profile;last_name;first_name;email;birth_date;position;school_admin\n");
        var enrollments = new StringBuilder("student_id;class_code\n");
        var links = new StringBuilder("relative_id;student_id;relationship;legal_guardian\n");
        var assignments = new StringBuilder("teacher_id;class_code;group_code;subject_code\n");
        var tutors = new StringBuilder("class_code;teacher_id\n");
        for (var i = 0; i < Classes; i++)
        {
            classes.Append(CultureInfo.InvariantCulture, $"C{i};Classe {i};{6 - (i % 4)}e\n");
            assignments.Append(CultureInfo.InvariantCulture, $"T{i};C{i};;MATHS\n");
            tutors.Append(CultureInfo.InvariantCulture, $"C{i};T{i}\n");
        }

        for (var i = 0; i < Teachers; i++)
        {
            people.Append(CultureInfo.InvariantCulture, $"T{i};Teacher;Enseignant{i};Prénom{i};t{i}@ac-orleans-tours.fr;;;\n");
        }

        for (var i = 0; i < Relatives; i++)
        {
            people.Append(CultureInfo.InvariantCulture, $"R{i};Relative;Parent{i};Prénom{i};r{i}@example.fr;;;\n");
        }

        for (var i = 0; i < Students; i++)
        {
            people.Append(CultureInfo.InvariantCulture, $"E{i};Student;Élève{i};Prénom{i};;{1 + (i % 28):00}/{1 + (i % 12):00}/2013;;\n");
            enrollments.Append(CultureInfo.InvariantCulture, $"E{i};C{i % Classes}\n");
            links.Append(CultureInfo.InvariantCulture, $"R{i % Relatives};E{i};mère;oui\n");
        }

        files.Write("classes.csv", classes.ToString());
        files.Write("people.csv", people.ToString());
        files.Write("enrollments.csv", enrollments.ToString());
        files.Write("family-links.csv", links.ToString());
        files.Write("assignments.csv", assignments.ToString());
        files.Write("form-tutors.csv", tutors.ToString());
        files.Write("group-members.csv", "student_id;group_code\n");
        files.Delete("periods.csv");
        files.Delete("school-years.csv");
    }

    /// <summary>Records reports on the importer's thread, unlike <see cref="Progress{T}"/>, which posts them.</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}

public sealed class LargeImportTestsOnSqlite(ITestOutputHelper output) : LargeImportTests<Sqlite>(output);

public sealed class LargeImportTestsOnPostgreSql(ITestOutputHelper output) : LargeImportTests<PostgreSql>(output);
