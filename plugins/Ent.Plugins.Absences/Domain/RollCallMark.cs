namespace Ent.Plugins.Absences.Domain;

/// <summary>A pupil marked absent or late in a revision; everyone else was present.</summary>
internal sealed class RollCallMark
{
    public Guid RevisionId { get; set; }

    public Guid StudentId { get; set; }

    /// <summary>Gets or sets <see cref="AbsenceEventKind.Absence"/> or <see cref="AbsenceEventKind.Lateness"/>.</summary>
    public AbsenceEventKind Kind { get; set; }

    public int? LateMinutes { get; set; }
}
