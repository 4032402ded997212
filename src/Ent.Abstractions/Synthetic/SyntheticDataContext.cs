namespace Ent.Synthetic;

/// <summary>What a <see cref="ISyntheticDataGenerator"/> generates from.</summary>
/// <param name="Directory">The tenant's generated directory, already written.</param>
/// <param name="Seed">The seed; derive the plugin's own random sequence from it and the plugin's id.</param>
/// <param name="Progress">Receives progress, such as <c>("grades", "marks", 120000)</c>.</param>
public sealed record SyntheticDataContext(SyntheticDirectory Directory, int Seed, IProgress<SyntheticProgress> Progress)
{
    /// <summary>Creates the random sequence of a generator, the same for the same seed and name.</summary>
    /// <param name="name">The generator's name, such as its plugin's id.</param>
    /// <returns>The random sequence.</returns>
    public Random RandomFor(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var hash = Seed;
        foreach (var c in name)
        {
            hash = unchecked((hash * 31) + c);
        }

        return new Random(hash);
    }
}

/// <summary>Progress of a generation step.</summary>
/// <param name="Source">Who reports: <c>directory</c> or a plugin's id.</param>
/// <param name="What">What is being written, such as <c>marks</c>.</param>
/// <param name="Count">How many have been written so far.</param>
public sealed record SyntheticProgress(string Source, string What, long Count);
