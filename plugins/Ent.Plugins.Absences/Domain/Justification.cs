namespace Ent.Plugins.Absences.Domain;

/// <summary>A relative's justification of one or more events of their child.</summary>
internal sealed class Justification
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public Guid SchoolId { get; set; }

    public Guid StudentId { get; set; }

    public Guid SubmittedById { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public Guid ReasonId { get; set; }

    public required string Message { get; set; }

    /// <summary>Gets or sets a reference to an attached document, kept by another service.</summary>
    public string? AttachmentReference { get; set; }

    public JustificationStatus Status { get; set; }

    public Guid? DecidedById { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DecisionComment { get; set; }

    public List<JustificationEvent> Events { get; } = [];
}
