using Ent.Host.Directory.Import;
using GraphQL.Types;

namespace Ent.Host.Directory.GraphQL;

/// <summary>The CSV files of a directory import, each given as its whole text, as docs/DIRECTORY-IMPORT.md describes them.</summary>
internal sealed class ImportDirectoryInputType : InputObjectGraphType
{
    public const string DryRunField = "dryRun";

    /// <summary>Gets each input field with the file it carries.</summary>
    public static IReadOnlyList<(string Field, ImportFile File)> Files { get; } =
    [
        ("school", ImportFormat.School),
        ("subjects", ImportFormat.Subjects),
        ("classes", ImportFormat.Classes),
        ("groups", ImportFormat.Groups),
        ("schoolYears", ImportFormat.SchoolYears),
        ("periods", ImportFormat.Periods),
        ("people", ImportFormat.People),
        ("enrollments", ImportFormat.Enrollments),
        ("groupMembers", ImportFormat.GroupMembers),
        ("familyLinks", ImportFormat.FamilyLinks),
        ("assignments", ImportFormat.Assignments),
        ("formTutors", ImportFormat.FormTutors),
    ];

    public ImportDirectoryInputType()
    {
        Name = "ImportDirectoryInput";
        Description = "A school's CSV files, each as its whole text: semicolon-separated, a header row first.";
        foreach (var (field, file) in Files)
        {
            var description = $"The text of {file.Name}, with the columns {string.Join(';', file.Columns)}.";
            if (file.IsOptional)
            {
                Field<StringGraphType>(field).Description(description + " Optional.");
            }
            else
            {
                Field<NonNullGraphType<StringGraphType>>(field).Description(description);
            }
        }

        Field<BooleanGraphType>(DryRunField).DefaultValue(false).Description("Validate the files and report their errors; write nothing.");
    }

    /// <summary>Takes the files of an input read as a dictionary.</summary>
    public static DirectoryImportFiles ToFiles(IReadOnlyDictionary<string, object?> input) =>
        DirectoryImportFiles.FromTexts(Files.Select(entry => KeyValuePair.Create(entry.File.Name, input.GetValueOrDefault(entry.Field) as string)));

    /// <summary>Gets the input field that carries a file.</summary>
    public static string FieldOf(string fileName) =>
        Files.FirstOrDefault(entry => entry.File.Name == fileName).Field ?? fileName;
}
