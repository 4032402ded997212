namespace Ent.Plugins.Absences.Domain;

/// <summary>What counting needs to know of an event.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="StartsAt">The start, in French wall-clock time.</param>
/// <param name="EndsAt">The end, in French wall-clock time.</param>
/// <param name="FromRollCall">Whether a roll call recorded it: its lesson then counts as it is, whatever the day.</param>
/// <param name="CountsAsJustified">Whether it is justified with a reason that counts as valid.</param>
/// <param name="LateMinutes">The minutes of a lateness.</param>
internal sealed record CountedEvent(AbsenceEventKind Kind, DateTime StartsAt, DateTime EndsAt, bool FromRollCall, bool CountsAsJustified, int? LateMinutes = null);
