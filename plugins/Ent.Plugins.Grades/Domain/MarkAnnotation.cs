using System.ComponentModel;

namespace Ent.Plugins.Grades.Domain;

/// <summary>What a mark says besides, or instead of, a number. See docs/plugins/grades.md for how each counts.</summary>
internal enum MarkAnnotation
{
    [Description("The student was absent (Abs). No number; not counted.")]
    Absent,

    [Description("The student was exempt (Disp). No number; not counted.")]
    Exempt,

    [Description("The work was not graded (NN). No number; not counted.")]
    NotGraded,

    [Description("The mark is shown but not counted in any average (non significatif). The number is optional.")]
    NotSignificant,

    [Description("The mark counts only where it raises the student's average. A number is required.")]
    Bonus,
}
