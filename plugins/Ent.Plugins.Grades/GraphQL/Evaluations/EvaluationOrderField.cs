using System.ComponentModel;

namespace Ent.Plugins.Grades.GraphQL.Evaluations;

/// <summary>What a list of evaluations can be ordered by.</summary>
internal enum EvaluationOrderField
{
    [Description("The day of the evaluation.")]
    Date,

    [Description("The title.")]
    Title,

    [Description("When the evaluation was created.")]
    CreatedAt,
}
