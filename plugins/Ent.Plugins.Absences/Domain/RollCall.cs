namespace Ent.Plugins.Absences.Domain;

/// <summary>
/// The roll call (appel) of one lesson: a class or a group, a subject, a date and a time slot. Its current
/// marks are the <see cref="AbsenceEvent"/>s it carries; each recording is kept as a <see cref="RollCallRevision"/>.
/// </summary>
internal sealed class RollCall
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public Guid SchoolId { get; set; }

    public Guid? ClassId { get; set; }

    public Guid? GroupId { get; set; }

    public Guid SubjectId { get; set; }

    /// <summary>Gets or sets the teacher of the lesson, who opened the roll call.</summary>
    public Guid TeacherId { get; set; }

    /// <summary>Gets or sets when the lesson starts, in French wall-clock time.</summary>
    public DateTime StartsAt { get; set; }

    /// <summary>Gets or sets when the lesson ends, in French wall-clock time.</summary>
    public DateTime EndsAt { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Gets or sets the number of the latest revision, from 1.</summary>
    public int Revision { get; set; }

    public List<AbsenceEvent> Events { get; } = [];

    public List<RollCallRevision> Revisions { get; } = [];
}
