using System.ComponentModel;

namespace Ent.Plugins.Absences.Domain;

/// <summary>Where an event stands regarding its justification.</summary>
internal enum JustificationState
{
    /// <summary>No justification was accepted, and none is waiting.</summary>
    [Description("No justification was accepted and none is waiting.")]
    Unjustified,

    /// <summary>A relative submitted a justification that staff have not decided yet.</summary>
    [Description("A relative submitted a justification that staff have not decided yet.")]
    JustificationPending,

    /// <summary>Staff accepted a justification, or justified the event themselves.</summary>
    [Description("Staff accepted a justification, or justified the event themselves.")]
    Justified,

    /// <summary>Staff refused the last justification.</summary>
    [Description("Staff refused the last justification.")]
    Refused,
}
