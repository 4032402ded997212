using System.ComponentModel;

namespace Ent.Plugins.Grades.GraphQL.Marks;

/// <summary>What a list of marks can be ordered by.</summary>
internal enum MarkOrderField
{
    [Description("The day of the mark's evaluation.")]
    Date,

    [Description("The student's last name, then first name.")]
    Student,

    [Description("When the mark was last entered or corrected.")]
    UpdatedAt,
}
