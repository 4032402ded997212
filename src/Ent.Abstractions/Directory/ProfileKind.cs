namespace Ent.Directory;

/// <summary>The role a person holds in a school.</summary>
public enum ProfileKind
{
    /// <summary>A teacher.</summary>
    Teacher,

    /// <summary>A pupil.</summary>
    Student,

    /// <summary>A parent or legal guardian of pupils.</summary>
    Relative,

    /// <summary>School staff: head, CPE (education officer), secretary.</summary>
    Personnel,

    /// <summary>A partner of the school.</summary>
    Guest,
}
