namespace Ent.Plugins.Grades.Domain;

/// <summary>The form tutor's or class council's overall opinion (<c>avis du conseil</c>) on a student's period.</summary>
internal sealed class ReportCardOpinion
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public Guid StudentId { get; set; }

    public Guid PeriodId { get; set; }

    public required string Text { get; set; }

    public Guid AuthorId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
