using Ent.Host.Directory.Import;
using Ent.Host.Tests.Infrastructure;

namespace Ent.Host.Tests.Directory.Import;

/// <summary>Validation needs no database: these tests feed texts, as the admin mutation does.</summary>
public sealed class ImportValidationTests
{
    [Fact]
    public async Task The_sample_set_is_valid()
    {
        var validation = await ValidateAsync([]);

        Assert.Empty(validation.Errors.Listed);
        var data = Assert.IsType<DirectoryImportData>(validation.Data);
        Assert.Equal((22, 5, 1), (data.People.Count, data.Periods!.Count, data.SchoolYears!.Count));
    }

    [Fact]
    public async Task A_byte_order_mark_spaces_and_a_quoted_separator_are_read_as_french_tools_write_them()
    {
        var validation = await ValidateAsync(new()
        {
            ["groups.csv"] = "\uFEFF code ; name \nLAT4 ; \"Latin; grec\" \nAP6;AP\n",
        });

        Assert.Empty(validation.Errors.Listed);
        Assert.Equal(new ImportedGroup("LAT4", "Latin; grec"), validation.Data!.Groups[0]);
    }

    [Fact]
    public async Task The_calendar_files_are_optional()
    {
        var validation = await ValidateAsync(new() { ["periods.csv"] = null, ["school-years.csv"] = null });

        Assert.Empty(validation.Errors.Listed);
        Assert.Null(validation.Data!.Periods);
    }

    [Theory]
    [InlineData("people.csv", null, "people.csv: the file is missing")]
    [InlineData("school-years.csv", null, "periods.csv: periods need their school years: add school-years.csv")]
    [InlineData("classes.csv", "", "classes.csv: the header row is missing; it lists the columns code;name;level")]
    [InlineData("classes.csv", "code;name;level;room\n", "classes.csv:1: unknown column 'room'; the columns are code;name;level")]
    [InlineData("classes.csv", "code;name;name;level\n", "classes.csv:1: the column 'name' appears twice")]
    [InlineData("classes.csv", "code;level\n", "classes.csv:1: the column 'name' is missing")]
    [InlineData("school.csv", "uai;name;kind;city\n041001A;Collège;College;Blois\n", "school.csv:2: 'uai' is not a UAI, seven digits and a letter such as 0410001A: '041001A'")]
    [InlineData("school.csv", "uai;name;kind;city\n0410001A;Collège;Primaire;Blois\n", "school.csv:2: 'kind' is not College or Lycee: 'Primaire'")]
    [InlineData("school.csv", "uai;name;kind;city\n0410001A;A;College;\n0410002B;B;Lycée;\n", "school.csv:3: an import is for one school, whose row is line 2")]
    [InlineData("school.csv", "uai;name;kind;city\n", "school.csv: the school's row is missing")]
    [InlineData("subjects.csv", "+MATHS;Maths\n", "subjects.csv:8: the subject 'MATHS' is already on line 2")]
    [InlineData("classes.csv", "+5D;\"5e \"D;5e\n", "classes.csv:5: text after the closing quote of a value")]
    [InlineData("school-years.csv", "name;start;end\n2026-2027;2027-07-04;2026-09-01\n", "school-years.csv:2: 'start' is not before 'end'")]
    [InlineData("periods.csv", "school_year;class_code;name;kind;number;start;end;entry_closes;council_date;report_date\n2025-2026;;T1;Trimester;1;2026-09-01;2026-11-28;2026-11-25;;\n", "periods.csv:2: unknown school year '2025-2026': it is not in school-years.csv")]
    [InlineData("periods.csv", "school_year;class_code;name;kind;number;start;end;entry_closes;council_date;report_date\n2026-2027;;T1;Trimester;0;2026-09-01;2026-11-28;2026-11-25;;\n", "periods.csv:2: 'number' is not a whole number from 1: '0'")]
    [InlineData("periods.csv", "school_year;class_code;name;kind;number;start;end;entry_closes;council_date;report_date\n2026-2027;;T1;Trimester;1;2026-08-01;2026-11-28;2026-11-25;;\n", "periods.csv:2: the period is not within the school year 2026-2027, 2026-09-01 to 2027-07-04")]
    [InlineData("periods.csv", "school_year;class_code;name;kind;number;start;end;entry_closes;council_date;report_date\n2026-2027;;T1;Trimester;1;2026-09-01;2026-11-28;2026-11-25;;\n2026-2027;;T1;Trimestre;1;2026-09-01;2026-11-28;2026-11-25;;\n", "periods.csv:3: period 1 of 2026-2027 is already on line 2")]
    [InlineData("people.csv", "+E010;Student;Martin;Léo;;;;oui\n", "people.csv:25: only teachers and staff can be school administrators")]
    [InlineData("people.csv", "+E010;Student;Martin;Léo;;;;peut-être\n", "people.csv:25: 'school_admin' is not yes or no: 'peut-être' (write oui or non, 1 or 0)")]
    [InlineData("people.csv", "+T001;Enseignant;Moreau;Julien;julien.moreau@ac-orleans-tours.fr;;;\n", "people.csv:25: 'T001' is already listed as Teacher on line 4")]
    [InlineData("people.csv", "+T001;Relative;Moreau;Julie;julien.moreau@ac-orleans-tours.fr;;;\n", "people.csv:25: 'T001' is on line 4 with another name, e-mail or birth date; a person's lines must agree")]
    [InlineData("enrollments.csv", "student_id;class_code\nE001;6A\nE001;4B\n", "enrollments.csv:3: 'E001' is already in class '6A' on line 2; a pupil is in one class")]
    [InlineData("group-members.csv", "student_id;group_code\nE004;LAT4\nE004;LAT4\n", "group-members.csv:3: 'E004' in group 'LAT4' is already on line 2")]
    [InlineData("group-members.csv", "student_id;group_code\nE004;GREC\n", "group-members.csv:2: unknown group 'GREC': it is not in groups.csv")]
    [InlineData("family-links.csv", "relative_id;student_id;relationship;legal_guardian\nE001;E002;frère;non\n", "family-links.csv:2: 'E001' is not a Relative in people.csv")]
    [InlineData("family-links.csv", "relative_id;student_id;relationship;legal_guardian\nR001;E001;mère;\nR001;E001;mère;\n", "family-links.csv:3: the link from 'R001' to 'E001' is already on line 2")]
    [InlineData("assignments.csv", "teacher_id;class_code;group_code;subject_code\nT001;6A;LAT4;MATHS\n", "assignments.csv:2: give either 'class_code' or 'group_code': a teacher teaches a subject to a class or to a group")]
    [InlineData("assignments.csv", "teacher_id;class_code;group_code;subject_code\nT001;6A;;PHYS\n", "assignments.csv:2: unknown subject 'PHYS': it is not in subjects.csv")]
    [InlineData("assignments.csv", "teacher_id;class_code;group_code;subject_code\nP001;6A;;MATHS\n", "assignments.csv:2: 'P001' is not a Teacher in people.csv")]
    [InlineData("form-tutors.csv", "class_code;teacher_id\n6A;T002\n6A;T002\n", "form-tutors.csv:3: 'T002' as form tutor of '6A' is already on line 2")]
    [InlineData("enrollments.csv", "student_id;class_code\nE001;6A;x\n", "enrollments.csv:2: 3 values for 2 columns; quote values that contain ';'")]
    public async Task A_bad_file_or_row_is_reported_with_its_file_line_and_reason(string file, string? text, string expected)
    {
        var validation = await ValidateAsync(new() { [file] = text });

        Assert.Null(validation.Data);
        Assert.Equal(expected, Assert.Single(validation.Errors.Listed).ToString());
    }

    [Fact]
    public async Task Errors_are_all_counted_but_only_the_first_ones_listed()
    {
        var people = "external_id;profile;last_name;first_name;email;birth_date;position;school_admin\n"
            + string.Concat(Enumerable.Range(1, 500).Select(i => $"X{i};Martian;Doe;John;;;;\n"));

        var validation = await ValidateAsync(new() { ["people.csv"] = people });

        Assert.True(validation.Errors.Count > 500);
        Assert.Equal(ImportErrorList.Capacity, validation.Errors.Listed.Count);
    }

    [Fact]
    public async Task A_people_file_that_lists_nobody_is_rejected_rather_than_deactivating_the_school()
    {
        var validation = await ValidateAsync(new()
        {
            ["people.csv"] = "external_id;profile;last_name;first_name;email;birth_date;position;school_admin\n",
            ["enrollments.csv"] = "student_id;class_code\n",
            ["group-members.csv"] = "student_id;group_code\n",
            ["family-links.csv"] = "relative_id;student_id;relationship;legal_guardian\n",
            ["assignments.csv"] = "teacher_id;class_code;group_code;subject_code\n",
            ["form-tutors.csv"] = "class_code;teacher_id\n",
        });

        Assert.Equal(["people.csv: the file lists nobody; importing it would deactivate everyone in the school"], validation.Errors.Listed.Select(error => error.ToString()));
    }

    /// <summary>Validates the sample set with some files replaced, or left out when their text is null.</summary>
    private static Task<DirectoryImportValidation> ValidateAsync(Dictionary<string, string?> replaced)
    {
        var texts = System.IO.Directory.EnumerateFiles(ImportFolder.SamplePath, "*.csv")
            .ToDictionary(path => Path.GetFileName(path), path => (string?)File.ReadAllText(path));
        foreach (var (name, text) in replaced)
        {
            // A text starting with '+' is added at the end of the sample file.
            texts[name] = text is ['+', .. var added] ? texts[name] + added : text;
        }

        return DirectoryImportValidator.ValidateAsync(DirectoryImportFiles.FromTexts(texts), null, CancellationToken.None);
    }
}
