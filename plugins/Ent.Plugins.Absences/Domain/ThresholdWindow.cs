using System.ComponentModel;

namespace Ent.Plugins.Absences.Domain;

/// <summary>The span of time a threshold counts unjustified half-days over.</summary>
internal enum ThresholdWindow
{
    /// <summary>A calendar month.</summary>
    [Description("A calendar month.")]
    Month,
}
