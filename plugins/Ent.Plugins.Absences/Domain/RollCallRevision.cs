namespace Ent.Plugins.Absences.Domain;

/// <summary>One recording of a roll call: who was marked absent or late, by whom and when.</summary>
internal sealed class RollCallRevision
{
    public Guid Id { get; set; }

    public Guid RollCallId { get; set; }

    public int Number { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public Guid RecordedById { get; set; }

    public List<RollCallMark> Marks { get; } = [];
}
