namespace Ent.Plugins.Grades.Domain;

/// <summary>A student's result in an evaluation: a number out of the evaluation's maximum, an annotation, or both.</summary>
internal sealed class Mark
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public Guid EvaluationId { get; set; }

    public Evaluation Evaluation { get; set; } = null!;

    public Guid StudentId { get; set; }

    /// <summary>Gets or sets the number, from 0 to the evaluation's maximum, when there is one.</summary>
    public decimal? Value { get; set; }

    public MarkAnnotation? Annotation { get; set; }

    public Guid EnteredById { get; set; }

    public DateTimeOffset EnteredAt { get; set; }

    public Guid UpdatedById { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
