namespace Ent.Plugins.Absences.Domain;

/// <summary>An absence, lateness, early departure or incident of a pupil.</summary>
internal sealed class AbsenceEvent
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public Guid SchoolId { get; set; }

    public Guid StudentId { get; set; }

    public AbsenceEventKind Kind { get; set; }

    /// <summary>Gets or sets when it starts, in French wall-clock time.</summary>
    public DateTime StartsAt { get; set; }

    /// <summary>Gets or sets when it ends, in French wall-clock time; equal to the start for an incident.</summary>
    public DateTime EndsAt { get; set; }

    /// <summary>Gets or sets the minutes of a lateness.</summary>
    public int? LateMinutes { get; set; }

    /// <summary>Gets or sets the roll call that recorded it, or <see langword="null"/> when staff did.</summary>
    public Guid? RollCallId { get; set; }

    public Guid RecordedById { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public string? Comment { get; set; }

    /// <summary>Gets or sets the justification state, or <see langword="null"/> for an incident.</summary>
    public JustificationState? State { get; set; }

    /// <summary>Gets or sets the reason of the accepted justification, if any.</summary>
    public Guid? ReasonId { get; set; }

    public List<AbsenceEventStateChange> StateChanges { get; } = [];
}
