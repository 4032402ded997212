using System.ComponentModel;

namespace Ent.Plugins.Absences.Domain;

/// <summary>Where a justification stands.</summary>
internal enum JustificationStatus
{
    /// <summary>Waiting for staff to decide.</summary>
    [Description("Waiting for staff to decide.")]
    Pending,

    /// <summary>Staff accepted it: its events are justified.</summary>
    [Description("Staff accepted it: its events are justified.")]
    Accepted,

    /// <summary>Staff refused it.</summary>
    [Description("Staff refused it.")]
    Refused,
}
