namespace Ent.Host.Directory.Import;

/// <summary>What an import did to one kind of row.</summary>
/// <param name="subject">The kind of row, such as <c>people</c>.</param>
internal sealed class ImportTally(string subject)
{
    public string Subject { get; } = subject;

    /// <summary>Gets or sets the rows added.</summary>
    public int Created { get; set; }

    /// <summary>Gets or sets the rows whose values changed, reactivations included.</summary>
    public int Updated { get; set; }

    /// <summary>Gets or sets the rows marked inactive because the files no longer list them (people and profiles).</summary>
    public int Deactivated { get; set; }

    /// <summary>Gets or sets the rows deleted because the files no longer list them (relationships only).</summary>
    public int Removed { get; set; }

    /// <summary>Gets or sets the rows the files list as they already were.</summary>
    public int Unchanged { get; set; }

    /// <summary>Gets the rows changed in any way.</summary>
    public int Changed => Created + Updated + Deactivated + Removed;

    /// <summary>Counts a row the files list that was already there, as updated or unchanged.</summary>
    public void CountExisting(bool changed)
    {
        if (changed)
        {
            Updated++;
        }
        else
        {
            Unchanged++;
        }
    }

    public override string ToString() =>
        $"{Subject}: {Created} created, {Updated} updated, {Deactivated} deactivated, {Removed} removed, {Unchanged} unchanged";
}
