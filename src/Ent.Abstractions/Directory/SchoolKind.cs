namespace Ent.Directory;

/// <summary>The kind of a school, which decides the collectivité that funds it.</summary>
public enum SchoolKind
{
    /// <summary>A collège (ages 11 to 15), run by a département.</summary>
    College,

    /// <summary>A lycée (ages 15 to 18), run by a région.</summary>
    Lycee,
}
