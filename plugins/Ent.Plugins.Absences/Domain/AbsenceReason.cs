namespace Ent.Plugins.Absences.Domain;

/// <summary>A reason (motif) a school accepts for absences, such as illness.</summary>
internal sealed class AbsenceReason
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public Guid SchoolId { get; set; }

    public required string Code { get; set; }

    public required string Label { get; set; }

    /// <summary>Gets or sets whether an event justified with it stops counting as unjustified.</summary>
    public bool CountsAsValid { get; set; }

    public bool IsActive { get; set; } = true;

    public int Position { get; set; }
}
