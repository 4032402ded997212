namespace Ent.Plugins.Grades.Domain;

/// <summary>
/// A test, oral or homework a teacher marks (<c>devoir</c>), set to a class or to a teaching group in one
/// subject and one period. Students and relatives see it, its marks included, from <see cref="PublishAt"/>.
/// </summary>
internal sealed class Evaluation
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public Guid SchoolId { get; set; }

    public Guid SubjectId { get; set; }

    /// <summary>Gets or sets the class marked, when not a group; exactly one of the two is set.</summary>
    public Guid? ClassId { get; set; }

    /// <summary>Gets or sets the teaching group marked, when not a class.</summary>
    public Guid? GroupId { get; set; }

    public Guid TeacherId { get; set; }

    public Guid PeriodId { get; set; }

    public DateOnly Date { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public EvaluationKind Kind { get; set; }

    /// <summary>Gets or sets the weight of the evaluation in its subject's average; positive.</summary>
    public decimal Coefficient { get; set; } = EvaluationRules.DefaultCoefficient;

    /// <summary>Gets or sets the mark a perfect answer gets: 20 usually, any positive scale allowed.</summary>
    public decimal MaxMark { get; set; } = EvaluationRules.DefaultMaxMark;

    /// <summary>
    /// Gets or sets when students and relatives start seeing the evaluation and its marks, or
    /// <see langword="null"/> while it is a draft only its teachers see.
    /// </summary>
    public DateTimeOffset? PublishAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<Mark> Marks { get; set; } = [];

    public bool IsPublishedAt(DateTimeOffset now) => PublishAt is { } publishAt && publishAt <= now;
}
