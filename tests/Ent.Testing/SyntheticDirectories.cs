using Ent.Host.Synthetic;
using Ent.Synthetic;

namespace Ent.Testing;

/// <summary>Generates synthetic directories as the host's <c>generate</c> command does, to test plugins' generators.</summary>
public static class SyntheticDirectories
{
    /// <summary>Generates a directory in memory, without writing it.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="schools">How many collèges.</param>
    /// <param name="pupilsPerSchool">How many pupils in each.</param>
    /// <param name="seed">The seed: the same seed gives the same directory.</param>
    /// <returns>The directory.</returns>
    public static SyntheticDirectory Generate(string tenantId, int schools, int pupilsPerSchool, int seed) =>
        new SyntheticDirectoryGenerator(tenantId, seed).Generate(schools, pupilsPerSchool);
}
