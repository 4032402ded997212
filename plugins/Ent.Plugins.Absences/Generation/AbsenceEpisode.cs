using Ent.Plugins.Absences.Domain;

namespace Ent.Plugins.Absences.Generation;

/// <summary>What happens to a pupil in generated data, and how their family answers it.</summary>
internal enum EpisodeKind
{
    /// <summary>The pupil misses the lessons that start within a span: an illness, an appointment, a skipped afternoon.</summary>
    Absence,

    /// <summary>The pupil comes late to their first lesson starting at or after <see cref="AbsenceEpisode.From"/> that day.</summary>
    Lateness,

    /// <summary>The pupil leaves at <see cref="AbsenceEpisode.From"/> and misses the day's later lessons; staff record it.</summary>
    EarlyDeparture,

    /// <summary>Staff record an incident at <see cref="AbsenceEpisode.From"/>.</summary>
    Incident,
}

/// <summary>How a relative justifies an episode, and what staff decide.</summary>
internal enum JustificationDecision
{
    /// <summary>Staff accept it.</summary>
    Accept,

    /// <summary>Staff refuse it.</summary>
    Refuse,

    /// <summary>Staff have not decided yet, whenever it was submitted.</summary>
    Pending,
}

/// <summary>A relative's justification of an episode.</summary>
/// <param name="ReasonCode">The reason's code, such as <c>MALADIE</c>.</param>
/// <param name="Message">The relative's message.</param>
/// <param name="WithAttachment">Whether a document is attached.</param>
/// <param name="Delay">How long after the episode's last recorded event the relative submits it.</param>
/// <param name="Decision">What staff decide.</param>
/// <param name="DecisionComment">What staff write with a refusal.</param>
internal sealed record JustificationPlan(string ReasonCode, string Message, bool WithAttachment, TimeSpan Delay, JustificationDecision Decision, string? DecisionComment = null);

/// <summary>Something that happens to a pupil, from which roll calls and staff record events.</summary>
internal sealed class AbsenceEpisode
{
    public required Guid StudentId { get; init; }

    public required EpisodeKind Kind { get; init; }

    /// <summary>Gets the start: of the span missed, of the late lesson, of the departure or incident; in French wall-clock time.</summary>
    public required DateTime From { get; init; }

    /// <summary>Gets the end of the span missed, for an absence or an early departure.</summary>
    public DateTime To { get; init; }

    public int? LateMinutes { get; init; }

    public string? Comment { get; init; }

    public JustificationPlan? Justification { get; init; }

    /// <summary>Gets the events recorded for it.</summary>
    public List<AbsenceEvent> Events { get; } = [];

    /// <summary>Tells whether the pupil misses a lesson starting then because of it.</summary>
    /// <param name="lessonStart">The lesson's start.</param>
    /// <returns><see langword="true"/> when the lesson is missed.</returns>
    public bool Misses(DateTime lessonStart) => Kind is EpisodeKind.Absence or EpisodeKind.EarlyDeparture && lessonStart >= From && lessonStart < To;
}
