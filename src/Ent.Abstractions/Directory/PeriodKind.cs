namespace Ent.Directory;

/// <summary>How a school year is divided for marks and report cards.</summary>
public enum PeriodKind
{
    /// <summary>One of three terms.</summary>
    Trimester,

    /// <summary>One of two halves.</summary>
    Semester,
}
