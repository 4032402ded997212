namespace Ent.Host.Directory.Import;

/// <summary>Why a directory import was rejected: the file, the line in it (0 for the file as a whole) and the reason.</summary>
/// <param name="File">The file's name, such as <c>people.csv</c>.</param>
/// <param name="Line">The 1-based line where the record starts, or 0 when the whole file is at fault.</param>
/// <param name="Reason">A sentence for the person who prepared the files.</param>
internal sealed record ImportError(string File, int Line, string Reason)
{
    /// <summary>Formats the error as compilers do, <c>file:line: reason</c>, so that editors can jump to it.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Reason}" : $"{File}: {Reason}";
}
