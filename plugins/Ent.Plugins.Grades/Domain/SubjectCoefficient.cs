namespace Ent.Plugins.Grades.Domain;

/// <summary>
/// The weight of a subject in the overall average, for a whole school or for one class, which overrides the
/// school's. The directory has no such weight; subjects without one weigh <see cref="EvaluationRules.DefaultCoefficient"/>.
/// </summary>
internal sealed class SubjectCoefficient
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public Guid SchoolId { get; set; }

    /// <summary>Gets or sets the class the weight applies to, or <see langword="null"/> for the whole school.</summary>
    public Guid? ClassId { get; set; }

    public Guid SubjectId { get; set; }

    public decimal Coefficient { get; set; }
}

/// <summary>Finds the weight of a subject in a class's overall average.</summary>
internal static class SubjectCoefficients
{
    /// <summary>The class's own coefficient for the subject, else the school's, else <see cref="EvaluationRules.DefaultCoefficient"/>.</summary>
    /// <param name="coefficients">Coefficients that include the school's.</param>
    /// <param name="schoolId">The school.</param>
    /// <param name="classId">The class.</param>
    /// <param name="subjectId">The subject.</param>
    /// <returns>The coefficient.</returns>
    public static decimal Of(IEnumerable<SubjectCoefficient> coefficients, Guid schoolId, Guid classId, Guid subjectId)
    {
        decimal? school = null;
        foreach (var coefficient in coefficients)
        {
            if (coefficient.SubjectId != subjectId || coefficient.SchoolId != schoolId)
            {
                continue;
            }

            if (coefficient.ClassId == classId)
            {
                return coefficient.Coefficient;
            }

            if (coefficient.ClassId is null)
            {
                school = coefficient.Coefficient;
            }
        }

        return school ?? EvaluationRules.DefaultCoefficient;
    }
}
