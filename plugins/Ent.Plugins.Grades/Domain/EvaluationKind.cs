using System.ComponentModel;

namespace Ent.Plugins.Grades.Domain;

/// <summary>What kind of work an evaluation marks.</summary>
internal enum EvaluationKind
{
    [Description("A written test in class (devoir sur table, interrogation).")]
    Written,

    [Description("An oral test or presentation.")]
    Oral,

    [Description("Work done at home (devoir maison).")]
    Homework,

    [Description("Practical work, such as a lab session (travaux pratiques).")]
    Practical,

    [Description("A project carried out over several sessions.")]
    Project,

    [Description("Any other kind of work.")]
    Other,
}
