namespace Ent.Host.Directory.Import;

/// <summary>
/// The errors found while validating an import. Every error is counted, but only the first
/// <see cref="Capacity"/> are kept: a wrong file can have an error on each of its thousands of lines,
/// and the first ones are enough to see what is wrong.
/// </summary>
internal sealed class ImportErrorList
{
    public const int Capacity = 200;

    private readonly List<ImportError> _errors = [];

    /// <summary>Gets the number of errors found, listed or not.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the errors kept, in the order they were found.</summary>
    public IReadOnlyList<ImportError> Listed => _errors;

    public void Add(string file, int line, string reason)
    {
        Count++;
        if (_errors.Count < Capacity)
        {
            _errors.Add(new ImportError(file, line, reason));
        }
    }
}
