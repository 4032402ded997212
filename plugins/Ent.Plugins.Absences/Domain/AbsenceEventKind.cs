using System.ComponentModel;

namespace Ent.Plugins.Absences.Domain;

/// <summary>What happened to a pupil.</summary>
internal enum AbsenceEventKind
{
    /// <summary>The pupil missed a lesson or a span of school time.</summary>
    [Description("The pupil missed a lesson or a span of school time.")]
    Absence,

    /// <summary>The pupil arrived late (retard).</summary>
    [Description("The pupil arrived late (retard).")]
    Lateness,

    /// <summary>The pupil left before the end of the lesson or day.</summary>
    [Description("The pupil left before the end of the lesson or of the day.")]
    EarlyDeparture,

    /// <summary>Something about the pupil's behaviour worth recording; it is not justified.</summary>
    [Description("Something about the pupil's behaviour worth recording; it is never justified.")]
    Incident,
}
