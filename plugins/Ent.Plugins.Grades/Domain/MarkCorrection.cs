namespace Ent.Plugins.Grades.Domain;

/// <summary>
/// A change to a mark once students and relatives could see it: who made it, when, and the values before
/// and after. A removed mark leaves a correction whose new value and annotation are both empty.
/// </summary>
internal sealed class MarkCorrection
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public Guid EvaluationId { get; set; }

    public Guid StudentId { get; set; }

    public decimal? PreviousValue { get; set; }

    public MarkAnnotation? PreviousAnnotation { get; set; }

    public decimal? NewValue { get; set; }

    public MarkAnnotation? NewAnnotation { get; set; }

    public Guid CorrectedById { get; set; }

    public DateTimeOffset CorrectedAt { get; set; }
}
