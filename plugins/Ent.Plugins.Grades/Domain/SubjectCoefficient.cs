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
