using System.Globalization;
using System.Net.Mail;
using System.Text;
using CsvHelper;

namespace Ent.Host.Directory.Import;

/// <summary>
/// Reads the records of one import file and its values, recording in the import's error list, with the
/// file and line, every value that is missing or malformed.
/// </summary>
/// <remarks>
/// A line break always ends a record, even inside quotes, so that one stray quote cannot swallow the rest
/// of the file and line numbers stay those an editor shows. Values are trimmed and brought to Unicode
/// normal form C, so that the same name typed by two tools compares equal.
/// </remarks>
internal sealed class ImportCsvReader : IAsyncDisposable
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy"];
    private static readonly HashSet<string> TrueValues = new(["1", "oui", "o", "vrai", "true", "yes", "y", "x"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> FalseValues = new(["0", "non", "n", "faux", "false", "no"], StringComparer.OrdinalIgnoreCase);

    private readonly CsvReader _csv;
    private readonly ImportErrorList _errors;
    private readonly Dictionary<string, int> _columns;
    private readonly int _headerFieldCount;
    private int _errorCountAtRecordStart;

    private ImportCsvReader(ImportFile file, CsvReader csv, ImportErrorList errors, Dictionary<string, int> columns, int headerFieldCount)
    {
        File = file;
        _csv = csv;
        _errors = errors;
        _columns = columns;
        _headerFieldCount = headerFieldCount;
    }

    public ImportFile File { get; }

    /// <summary>Gets the line where the current record starts.</summary>
    public int Line => checked((int)_csv.LineNumber);

    /// <summary>Gets the records read so far.</summary>
    public int RecordCount => checked((int)_csv.RowNumber);

    /// <summary>Gets a value indicating whether the current record has had an error so far.</summary>
    public bool RecordHasErrors => _errors.Count > _errorCountAtRecordStart;

    /// <summary>
    /// Opens a file and checks its header row. Returns <see langword="null"/>, with the errors recorded, when
    /// the header lacks a column, names one twice or names one the format does not have.
    /// </summary>
    public static async Task<ImportCsvReader?> OpenAsync(ImportFile file, DirectoryImportFiles files, ImportErrorList errors, CancellationToken cancellationToken)
    {
        var options = new CsvReaderOptions
        {
            Separator = ImportFormat.Separator,
            HasHeader = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            AllowLineBreaksInQuotes = false,
            OnMalformedRecord = record => errors.Add(file.Name, checked((int)record.LineNumber), record.Reason switch
            {
                CsvMalformedReason.StrayQuote => "a quote inside a value that is not quoted; quote the whole value and double the quotes inside it",
                CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a value",
                CsvMalformedReason.UnterminatedQuote or CsvMalformedReason.LineBreakInQuotes => "a quoted value is not closed on its line",
                _ => $"the record is malformed ({record.Reason})",
            }),
        };
        var csv = CsvReader.Create(files.Open(file.Name), options, leaveOpen: false);
        try
        {
            await csv.ReadHeaderAsync(cancellationToken);
            var headers = csv.Headers;
            if (headers.Count == 0 || headers.All(string.IsNullOrWhiteSpace))
            {
                errors.Add(file.Name, 0, $"the header row is missing; it lists the columns {string.Join(ImportFormat.Separator, file.Columns)}");
                await csv.DisposeAsync();
                return null;
            }

            var before = errors.Count;
            var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var index = 0; index < headers.Count; index++)
            {
                var name = headers[index].Trim().TrimStart('\uFEFF');
                if (!file.Columns.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    errors.Add(file.Name, 1, $"unknown column '{name}'; the columns are {string.Join(ImportFormat.Separator, file.Columns)}");
                }
                else if (!columns.TryAdd(name, index))
                {
                    errors.Add(file.Name, 1, $"the column '{name}' appears twice");
                }
            }

            foreach (var missing in file.Columns.Where(column => !columns.ContainsKey(column)))
            {
                errors.Add(file.Name, 1, $"the column '{missing}' is missing");
            }

            if (errors.Count > before)
            {
                await csv.DisposeAsync();
                return null;
            }

            return new ImportCsvReader(file, csv, errors, columns, headers.Count);
        }
        catch
        {
            await csv.DisposeAsync();
            throw;
        }
    }

    /// <summary>Moves to the next record, reporting one with more values than the header has columns.</summary>
    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        if (!await _csv.ReadAsync(cancellationToken))
        {
            return false;
        }

        _errorCountAtRecordStart = _errors.Count;
        if (_csv.FieldCount > _headerFieldCount)
        {
            Error($"{_csv.FieldCount} values for {_headerFieldCount} columns; quote values that contain '{ImportFormat.Separator}'");
        }

        return true;
    }

    /// <summary>Records an error on the current record.</summary>
    public void Error(string reason) => _errors.Add(File.Name, Line, reason);

    /// <summary>Gets a value, or <see langword="null"/> when it is empty.</summary>
    public string? Optional(string column)
    {
        var value = _csv.GetString(_columns[column]).Trim();
        return value.Length == 0 ? null : value.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Gets a value that must not be empty, recording an error when it is.</summary>
    public string? Required(string column, int maxLength = int.MaxValue)
    {
        var value = Optional(column);
        if (value is null)
        {
            Error($"'{column}' is required");
        }
        else if (value.Length > maxLength)
        {
            Error($"'{column}' is longer than {maxLength} characters");
            return null;
        }

        return value;
    }

    /// <summary>Gets a date written <c>YYYY-MM-DD</c> or <c>DD/MM/YYYY</c>.</summary>
    public DateOnly? Date(string column, bool required)
    {
        var value = required ? Required(column) : Optional(column);
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error($"'{column}' is not a date: '{value}' (write YYYY-MM-DD or DD/MM/YYYY)");
        return null;
    }

    /// <summary>Gets a yes-or-no value (<c>oui</c>, <c>non</c>, <c>1</c>, <c>0</c>…); empty means <paramref name="whenEmpty"/>.</summary>
    public bool Flag(string column, bool whenEmpty)
    {
        var value = Optional(column);
        if (value is null)
        {
            return whenEmpty;
        }

        if (TrueValues.Contains(value))
        {
            return true;
        }

        if (!FalseValues.Contains(value))
        {
            Error($"'{column}' is not yes or no: '{value}' (write oui or non, 1 or 0)");
        }

        return false;
    }

    /// <summary>Gets a whole number of at least 1.</summary>
    public int? PositiveNumber(string column)
    {
        var value = Required(column);
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1)
        {
            return number;
        }

        Error($"'{column}' is not a whole number from 1: '{value}'");
        return null;
    }

    /// <summary>Gets one of a list of values, matched ignoring case.</summary>
    public T? Choice<T>(string column, IReadOnlyDictionary<string, T> choices, string expected)
        where T : struct
    {
        var value = Required(column);
        if (value is null)
        {
            return null;
        }

        if (choices.TryGetValue(value, out var choice))
        {
            return choice;
        }

        Error($"'{column}' is not {expected}: '{value}'");
        return null;
    }

    /// <summary>Gets an e-mail address, if any.</summary>
    public string? Email(string column)
    {
        var value = Optional(column);
        if (value is not null && !(MailAddress.TryCreate(value, out var address) && address.Address == value))
        {
            Error($"'{column}' is not an e-mail address: '{value}'");
            return null;
        }

        return value;
    }

    public ValueTask DisposeAsync() => _csv.DisposeAsync();
}
