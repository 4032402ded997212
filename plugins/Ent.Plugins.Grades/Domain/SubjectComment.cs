namespace Ent.Plugins.Grades.Domain;

/// <summary>A teacher's comment (<c>appréciation</c>) on a student's work in a subject, for a period's report card.</summary>
internal sealed class SubjectComment
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public Guid StudentId { get; set; }

    public Guid PeriodId { get; set; }

    public Guid SubjectId { get; set; }

    public required string Text { get; set; }

    public Guid AuthorId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
