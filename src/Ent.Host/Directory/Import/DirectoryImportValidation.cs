namespace Ent.Host.Directory.Import;

/// <summary>The outcome of validating an import's files: the data to write, or the errors that reject it.</summary>
/// <param name="Data">The data, when no error was found.</param>
/// <param name="Errors">The errors found; none when <paramref name="Data"/> is set.</param>
internal sealed record DirectoryImportValidation(DirectoryImportData? Data, ImportErrorList Errors);
