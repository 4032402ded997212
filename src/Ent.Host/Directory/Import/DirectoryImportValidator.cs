using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Ent.Directory;

namespace Ent.Host.Directory.Import;

/// <summary>
/// Reads and validates every row of every file of an import before anything is written: required values,
/// formats, duplicates, and references between files (a class code must be in <c>classes.csv</c>, a pupil
/// in <c>people.csv</c> as a Student). Any error rejects the import whole.
/// </summary>
internal sealed partial class DirectoryImportValidator
{
    private const int NameMaxLength = 100;
    private const int ProgressEvery = 10_000;

    private static readonly FrozenDictionary<string, SchoolKind> SchoolKinds = new Dictionary<string, SchoolKind>
    {
        ["College"] = SchoolKind.College,
        ["Collège"] = SchoolKind.College,
        ["Lycee"] = SchoolKind.Lycee,
        ["Lycée"] = SchoolKind.Lycee,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, ProfileKind> ProfileKinds = new Dictionary<string, ProfileKind>
    {
        ["Teacher"] = ProfileKind.Teacher,
        ["Enseignant"] = ProfileKind.Teacher,
        ["Student"] = ProfileKind.Student,
        ["Eleve"] = ProfileKind.Student,
        ["Élève"] = ProfileKind.Student,
        ["Relative"] = ProfileKind.Relative,
        ["Parent"] = ProfileKind.Relative,
        ["Responsable"] = ProfileKind.Relative,
        ["Personnel"] = ProfileKind.Personnel,
        ["Guest"] = ProfileKind.Guest,
        ["Invite"] = ProfileKind.Guest,
        ["Invité"] = ProfileKind.Guest,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, PeriodKind> PeriodKinds = new Dictionary<string, PeriodKind>
    {
        ["Trimester"] = PeriodKind.Trimester,
        ["Trimestre"] = PeriodKind.Trimester,
        ["Semester"] = PeriodKind.Semester,
        ["Semestre"] = PeriodKind.Semester,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly DirectoryImportFiles _files;
    private readonly IProgress<ImportProgress>? _progress;
    private readonly ImportErrorList _errors = new();

    private readonly List<ImportedSchool> _schools = [];
    private int _schoolLine;
    private readonly Dictionary<string, int> _subjectLines = new(StringComparer.Ordinal);
    private readonly List<ImportedSubject> _subjects = [];
    private readonly Dictionary<string, int> _classLines = new(StringComparer.Ordinal);
    private readonly List<ImportedClass> _classes = [];
    private readonly Dictionary<string, int> _groupLines = new(StringComparer.Ordinal);
    private readonly List<ImportedGroup> _groups = [];
    private readonly Dictionary<string, int> _yearLines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImportedSchoolYear> _years = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Year, string? ClassCode, int Number), int> _periodLines = [];
    private readonly List<ImportedPeriod> _periods = [];
    private readonly Dictionary<(string Id, ProfileKind Kind), int> _profileLines = [];
    private readonly Dictionary<string, (ImportedPerson Person, int Line)> _people = new(StringComparer.Ordinal);
    private readonly List<ImportedPerson> _peopleInOrder = [];
    private readonly Dictionary<string, (string ClassCode, int Line)> _enrollmentLines = new(StringComparer.Ordinal);
    private readonly List<ImportedEnrollment> _enrollments = [];
    private readonly Dictionary<ImportedMembership, int> _membershipLines = [];
    private readonly Dictionary<(string RelativeId, string StudentId), int> _familyLinkLines = [];
    private readonly List<ImportedFamilyLink> _familyLinks = [];
    private readonly Dictionary<ImportedAssignment, int> _assignmentLines = [];
    private readonly Dictionary<ImportedFormTutor, int> _formTutorLines = [];

    private DirectoryImportValidator(DirectoryImportFiles files, IProgress<ImportProgress>? progress)
    {
        _files = files;
        _progress = progress;
    }

    /// <summary>Validates the files of an import.</summary>
    /// <param name="files">The files.</param>
    /// <param name="progress">Told after each file, and every ten thousand rows of a large one.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The data to write, or the errors.</returns>
    public static Task<DirectoryImportValidation> ValidateAsync(DirectoryImportFiles files, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        return new DirectoryImportValidator(files, progress).RunAsync(cancellationToken);
    }

    [GeneratedRegex("^[0-9]{7}[A-Z]$", RegexOptions.CultureInvariant)]
    private static partial Regex UaiPattern();

    private async Task<DirectoryImportValidation> RunAsync(CancellationToken cancellationToken)
    {
        // Rows are read only once every file is there with a sound header, so that one missing file does
        // not turn every reference to it into an error of its own.
        await CheckFilesAsync(cancellationToken);
        if (_errors.Count > 0)
        {
            return new DirectoryImportValidation(null, _errors);
        }

        await ReadAsync(ImportFormat.School, ReadSchool, cancellationToken);
        await ReadAsync(ImportFormat.Subjects, ReadSubject, cancellationToken);
        await ReadAsync(ImportFormat.Classes, ReadClass, cancellationToken);
        await ReadAsync(ImportFormat.Groups, ReadGroup, cancellationToken);
        await ReadAsync(ImportFormat.SchoolYears, ReadSchoolYear, cancellationToken);
        await ReadAsync(ImportFormat.Periods, ReadPeriod, cancellationToken);
        await ReadAsync(ImportFormat.People, ReadPerson, cancellationToken);
        await ReadAsync(ImportFormat.Enrollments, ReadEnrollment, cancellationToken);
        await ReadAsync(ImportFormat.GroupMembers, ReadGroupMember, cancellationToken);
        await ReadAsync(ImportFormat.FamilyLinks, ReadFamilyLink, cancellationToken);
        await ReadAsync(ImportFormat.Assignments, ReadAssignment, cancellationToken);
        await ReadAsync(ImportFormat.FormTutors, ReadFormTutor, cancellationToken);

        if (_schoolLine == 0)
        {
            _errors.Add(ImportFormat.School.Name, 0, "the school's row is missing");
        }

        if (_profileLines.Count == 0)
        {
            _errors.Add(ImportFormat.People.Name, 0, "the file lists nobody; importing it would deactivate everyone in the school");
        }

        if (_errors.Count > 0)
        {
            return new DirectoryImportValidation(null, _errors);
        }

        var calendar = _files.Contains(ImportFormat.SchoolYears.Name);
        return new DirectoryImportValidation(
            new DirectoryImportData
            {
                School = _schools[0],
                Subjects = _subjects,
                Classes = _classes,
                Groups = _groups,
                SchoolYears = calendar ? [.. _years.Values] : null,
                Periods = calendar ? _periods : null,
                People = _peopleInOrder,
                Enrollments = _enrollments,
                GroupMemberships = [.. _membershipLines.Keys],
                FamilyLinks = _familyLinks,
                Assignments = [.. _assignmentLines.Keys],
                FormTutors = [.. _formTutorLines.Keys],
            },
            _errors);
    }

    private async Task CheckFilesAsync(CancellationToken cancellationToken)
    {
        foreach (var file in ImportFormat.All)
        {
            if (!_files.Contains(file.Name))
            {
                if (!file.IsOptional)
                {
                    _errors.Add(file.Name, 0, "the file is missing");
                }

                continue;
            }

            await using var reader = await ImportCsvReader.OpenAsync(file, _files, _errors, cancellationToken);
        }

        if (_files.Contains(ImportFormat.Periods.Name) && !_files.Contains(ImportFormat.SchoolYears.Name))
        {
            _errors.Add(ImportFormat.Periods.Name, 0, $"periods need their school years: add {ImportFormat.SchoolYears.Name}");
        }
    }

    private async Task ReadAsync(ImportFile file, Action<ImportCsvReader> readRecord, CancellationToken cancellationToken)
    {
        if (!_files.Contains(file.Name))
        {
            return;
        }

        await using var reader = await ImportCsvReader.OpenAsync(file, _files, _errors, cancellationToken);
        if (reader is null)
        {
            return;
        }

        while (await reader.ReadAsync(cancellationToken))
        {
            readRecord(reader);
            if (reader.RecordCount % ProgressEvery == 0)
            {
                _progress?.Report(new ImportProgress(ImportStage.Validating, file.Name, reader.RecordCount, null));
            }
        }

        _progress?.Report(new ImportProgress(ImportStage.Validating, file.Name, reader.RecordCount, null));
    }

    private void ReadSchool(ImportCsvReader row)
    {
        if (_schoolLine != 0)
        {
            row.Error($"an import is for one school, whose row is line {_schoolLine}");
            return;
        }

        _schoolLine = row.Line;
        var uai = row.Required("uai")?.ToUpperInvariant();
        if (uai is not null && !UaiPattern().IsMatch(uai))
        {
            row.Error($"'uai' is not a UAI, seven digits and a letter such as 0410001A: '{uai}'");
        }

        var name = row.Required("name");
        var kind = row.Choice("kind", SchoolKinds, "College or Lycee");
        var city = row.Optional("city");
        if (!row.RecordHasErrors)
        {
            _schools.Add(new ImportedSchool(uai!, name!, kind!.Value, city));
        }
    }

    private void ReadSubject(ImportCsvReader row)
    {
        var code = Key(row, "code", _subjectLines, "subject");
        var name = row.Required("name");
        if (!row.RecordHasErrors)
        {
            _subjects.Add(new ImportedSubject(code!, name!));
        }
    }

    private void ReadClass(ImportCsvReader row)
    {
        var code = Key(row, "code", _classLines, "class");
        var name = row.Required("name");
        var level = row.Required("level");
        if (!row.RecordHasErrors)
        {
            _classes.Add(new ImportedClass(code!, name!, level!));
        }
    }

    private void ReadGroup(ImportCsvReader row)
    {
        var code = Key(row, "code", _groupLines, "group");
        var name = row.Required("name");
        if (!row.RecordHasErrors)
        {
            _groups.Add(new ImportedGroup(code!, name!));
        }
    }

    private void ReadSchoolYear(ImportCsvReader row)
    {
        var name = Key(row, "name", _yearLines, "school year");
        var start = row.Date("start", required: true);
        var end = row.Date("end", required: true);
        if (start >= end)
        {
            row.Error("'start' is not before 'end'");
        }

        if (!row.RecordHasErrors)
        {
            _years.Add(name!, new ImportedSchoolYear(name!, start!.Value, end!.Value));
        }
    }

    private void ReadPeriod(ImportCsvReader row)
    {
        var year = row.Required("school_year");
        if (year is not null && !_yearLines.ContainsKey(year))
        {
            row.Error($"unknown school year '{year}': it is not in {ImportFormat.SchoolYears.Name}");
        }

        var classCode = row.Optional("class_code");
        RequireCode(row, classCode, _classLines, "class", ImportFormat.Classes);
        var name = row.Required("name");
        var kind = row.Choice("kind", PeriodKinds, "Trimester or Semester");
        var number = row.PositiveNumber("number");
        var start = row.Date("start", required: true);
        var end = row.Date("end", required: true);
        var entryCloses = row.Date("entry_closes", required: true);
        var councilDate = row.Date("council_date", required: false);
        var reportDate = row.Date("report_date", required: false);
        if (start > end)
        {
            row.Error("'start' is after 'end'");
        }

        if (entryCloses < start)
        {
            row.Error("'entry_closes' is before 'start'");
        }

        if (year is not null && _years.TryGetValue(year, out var schoolYear) && (start < schoolYear.Start || end > schoolYear.End))
        {
            row.Error($"the period is not within the school year {year}, {schoolYear.Start:yyyy-MM-dd} to {schoolYear.End:yyyy-MM-dd}");
        }

        if (year is not null && number is not null)
        {
            if (_periodLines.TryGetValue((year, classCode, number.Value), out var line))
            {
                row.Error($"period {number} of {year}{(classCode is null ? string.Empty : $" for class '{classCode}'")} is already on line {line}");
            }
            else
            {
                _periodLines.Add((year, classCode, number.Value), row.Line);
            }
        }

        if (!row.RecordHasErrors)
        {
            _periods.Add(new ImportedPeriod(year!, classCode, name!, kind!.Value, number!.Value, start!.Value, end!.Value, entryCloses!.Value, councilDate, reportDate));
        }
    }

    private void ReadPerson(ImportCsvReader row)
    {
        var id = row.Required("external_id");
        var kind = row.Choice("profile", ProfileKinds, "Teacher, Student, Relative, Personnel or Guest");
        var lastName = row.Required("last_name", NameMaxLength);
        var firstName = row.Required("first_name", NameMaxLength);
        var email = row.Email("email");
        var birthDate = row.Date("birth_date", required: false);
        var position = row.Optional("position");
        var isAdministrator = row.Flag("school_admin", whenEmpty: false);
        if (isAdministrator && kind is not null and not (ProfileKind.Teacher or ProfileKind.Personnel))
        {
            row.Error("only teachers and staff can be school administrators");
        }

        if (id is null || kind is null)
        {
            return;
        }

        if (_profileLines.TryGetValue((id, kind.Value), out var line))
        {
            row.Error($"'{id}' is already listed as {kind} on line {line}");
            return;
        }

        _profileLines.Add((id, kind.Value), row.Line);
        if (row.RecordHasErrors)
        {
            return;
        }

        var profile = new ImportedProfile(kind.Value, position, isAdministrator);
        if (_people.TryGetValue(id, out var listed))
        {
            var person = listed.Person;
            if (person.LastName != lastName || person.FirstName != firstName || person.Email != email || person.BirthDate != birthDate)
            {
                row.Error($"'{id}' is on line {listed.Line} with another name, e-mail or birth date; a person's lines must agree");
                return;
            }

            person.Profiles.Add(profile);
        }
        else
        {
            var person = new ImportedPerson(id, lastName!, firstName!, email, birthDate);
            person.Profiles.Add(profile);
            _people.Add(id, (person, row.Line));
            _peopleInOrder.Add(person);
        }
    }

    private void ReadEnrollment(ImportCsvReader row)
    {
        var studentId = RequirePerson(row, "student_id", ProfileKind.Student);
        var classCode = RequireCode(row, row.Required("class_code"), _classLines, "class", ImportFormat.Classes);
        if (studentId is null || classCode is null)
        {
            return;
        }

        if (_enrollmentLines.TryGetValue(studentId, out var enrolled))
        {
            row.Error($"'{studentId}' is already in class '{enrolled.ClassCode}' on line {enrolled.Line}; a pupil is in one class");
            return;
        }

        _enrollmentLines.Add(studentId, (classCode, row.Line));
        if (!row.RecordHasErrors)
        {
            _enrollments.Add(new ImportedEnrollment(studentId, classCode));
        }
    }

    private void ReadGroupMember(ImportCsvReader row)
    {
        var studentId = RequirePerson(row, "student_id", ProfileKind.Student);
        var groupCode = RequireCode(row, row.Required("group_code"), _groupLines, "group", ImportFormat.Groups);
        if (studentId is not null && groupCode is not null)
        {
            Unique(row, _membershipLines, new ImportedMembership(studentId, groupCode), $"'{studentId}' in group '{groupCode}'");
        }
    }

    private void ReadFamilyLink(ImportCsvReader row)
    {
        var relativeId = RequirePerson(row, "relative_id", ProfileKind.Relative);
        var studentId = RequirePerson(row, "student_id", ProfileKind.Student);
        var relationship = row.Optional("relationship");
        var isLegalGuardian = row.Flag("legal_guardian", whenEmpty: true);
        if (relativeId is null || studentId is null)
        {
            return;
        }

        if (relativeId == studentId)
        {
            row.Error($"'{relativeId}' cannot be their own relative");
        }

        if (_familyLinkLines.TryGetValue((relativeId, studentId), out var line))
        {
            row.Error($"the link from '{relativeId}' to '{studentId}' is already on line {line}");
            return;
        }

        _familyLinkLines.Add((relativeId, studentId), row.Line);
        if (!row.RecordHasErrors)
        {
            _familyLinks.Add(new ImportedFamilyLink(relativeId, studentId, relationship, isLegalGuardian));
        }
    }

    private void ReadAssignment(ImportCsvReader row)
    {
        var teacherId = RequirePerson(row, "teacher_id", ProfileKind.Teacher);
        var classCode = RequireCode(row, row.Optional("class_code"), _classLines, "class", ImportFormat.Classes);
        var groupCode = RequireCode(row, row.Optional("group_code"), _groupLines, "group", ImportFormat.Groups);
        var subjectCode = RequireCode(row, row.Required("subject_code"), _subjectLines, "subject", ImportFormat.Subjects);
        if ((row.Optional("class_code") is null) == (row.Optional("group_code") is null))
        {
            row.Error("give either 'class_code' or 'group_code': a teacher teaches a subject to a class or to a group");
            return;
        }

        if (teacherId is not null && subjectCode is not null && (classCode ?? groupCode) is not null)
        {
            Unique(row, _assignmentLines, new ImportedAssignment(teacherId, classCode, groupCode, subjectCode), "this assignment");
        }
    }

    private void ReadFormTutor(ImportCsvReader row)
    {
        var classCode = RequireCode(row, row.Required("class_code"), _classLines, "class", ImportFormat.Classes);
        var teacherId = RequirePerson(row, "teacher_id", ProfileKind.Teacher);
        if (classCode is not null && teacherId is not null)
        {
            Unique(row, _formTutorLines, new ImportedFormTutor(classCode, teacherId), $"'{teacherId}' as form tutor of '{classCode}'");
        }
    }

    /// <summary>Reads a row's key, which no earlier row of the file may have.</summary>
    private static string? Key(ImportCsvReader row, string column, Dictionary<string, int> lines, string what)
    {
        var key = row.Required(column);
        if (key is not null && !lines.TryAdd(key, row.Line))
        {
            row.Error($"the {what} '{key}' is already on line {lines[key]}");
        }

        return key;
    }

    /// <summary>Checks that a code, if given, is one of another file's; returns it when it is.</summary>
    private static string? RequireCode(ImportCsvReader row, string? code, Dictionary<string, int> lines, string what, ImportFile file)
    {
        if (code is null || lines.ContainsKey(code))
        {
            return code;
        }

        row.Error($"unknown {what} '{code}': it is not in {file.Name}");
        return null;
    }

    /// <summary>Reads a person's id, who must be in <c>people.csv</c> with the role.</summary>
    private string? RequirePerson(ImportCsvReader row, string column, ProfileKind kind)
    {
        var id = row.Required(column);
        if (id is null || _profileLines.ContainsKey((id, kind)))
        {
            return id;
        }

        row.Error(Enum.GetValues<ProfileKind>().Any(other => _profileLines.ContainsKey((id, other)))
            ? $"'{id}' is not a {kind} in {ImportFormat.People.Name}"
            : $"unknown person '{id}': it is not in {ImportFormat.People.Name}");
        return null;
    }

    /// <summary>Adds a row whose values no earlier row of the file may repeat.</summary>
    private static void Unique<TKey>(ImportCsvReader row, Dictionary<TKey, int> lines, TKey key, string what)
        where TKey : notnull
    {
        if (lines.TryGetValue(key, out var line))
        {
            row.Error($"{what} is already on line {line}");
        }
        else if (!row.RecordHasErrors)
        {
            lines.Add(key, row.Line);
        }
    }
}
