namespace Ent.Host.Directory.Import;

/// <summary>One CSV file of an import: its name and the columns its header row must list, in any order.</summary>
/// <param name="Name">The file's name, such as <c>people.csv</c>.</param>
/// <param name="IsOptional">Whether an import may leave the file out.</param>
/// <param name="Columns">The columns; the header must name each once, and no other.</param>
internal sealed record ImportFile(string Name, bool IsOptional, IReadOnlyList<string> Columns);
