namespace Ent.Plugins.Absences.Domain;

/// <summary>A step in the history of an event's justification state.</summary>
internal sealed class AbsenceEventStateChange
{
    public Guid Id { get; set; }

    public Guid EventId { get; set; }

    public JustificationState? FromState { get; set; }

    public JustificationState ToState { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public Guid ChangedById { get; set; }

    public Guid? JustificationId { get; set; }

    public string? Comment { get; set; }
}
