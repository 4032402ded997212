namespace Ent.Plugins.Absences.Domain;

/// <summary>An event a justification covers.</summary>
internal sealed class JustificationEvent
{
    public Guid JustificationId { get; set; }

    public Guid EventId { get; set; }
}
