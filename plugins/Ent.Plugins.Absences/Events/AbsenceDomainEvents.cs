using Ent.Events;

namespace Ent.Plugins.Absences.Events;

/// <summary>
/// An absence or a lateness was recorded, at a roll call or by staff, so that relatives can be told.
/// Kinds are the schema's values: <c>ABSENCE</c> or <c>LATENESS</c>.
/// </summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="OccurredAt">When it was recorded.</param>
/// <param name="EventId">The event's key.</param>
/// <param name="StudentId">The pupil.</param>
/// <param name="SchoolId">The school.</param>
/// <param name="Kind">The kind.</param>
/// <param name="StartsAt">When it starts, with the French offset.</param>
/// <param name="EndsAt">When it ends, with the French offset.</param>
/// <param name="LateMinutes">The minutes of a lateness.</param>
public sealed record AbsenceRecorded(
    string TenantId, DateTimeOffset OccurredAt, Guid EventId, Guid StudentId, Guid SchoolId, string Kind, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int? LateMinutes) : IDomainEvent;

/// <summary>A relative submitted a justification, for staff to decide.</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="OccurredAt">When it was submitted.</param>
/// <param name="JustificationId">The justification's key.</param>
/// <param name="StudentId">The pupil.</param>
/// <param name="SchoolId">The school that decides it.</param>
/// <param name="SubmittedById">The relative.</param>
/// <param name="EventIds">The events it covers.</param>
public sealed record JustificationSubmitted(
    string TenantId, DateTimeOffset OccurredAt, Guid JustificationId, Guid StudentId, Guid SchoolId, Guid SubmittedById, IReadOnlyList<Guid> EventIds) : IDomainEvent;

/// <summary>Staff accepted or refused a justification.</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="OccurredAt">When it was decided.</param>
/// <param name="JustificationId">The justification's key.</param>
/// <param name="StudentId">The pupil.</param>
/// <param name="SubmittedById">The relative who submitted it.</param>
/// <param name="DecidedById">The staff member.</param>
/// <param name="Accepted">Whether it was accepted.</param>
public sealed record JustificationDecided(
    string TenantId, DateTimeOffset OccurredAt, Guid JustificationId, Guid StudentId, Guid SubmittedById, Guid DecidedById, bool Accepted) : IDomainEvent;

/// <summary>A pupil reached a threshold of unjustified half-days; raised once per pupil, window and threshold.</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="OccurredAt">When it was reached.</param>
/// <param name="AlertId">The alert's key.</param>
/// <param name="StudentId">The pupil.</param>
/// <param name="SchoolId">The school.</param>
/// <param name="Window">The window, such as <c>MONTH</c>.</param>
/// <param name="WindowStart">The first day of the window.</param>
/// <param name="Threshold">The threshold reached.</param>
/// <param name="UnjustifiedHalfDays">The pupil's unjustified half-days in the window.</param>
public sealed record AbsenceThresholdCrossed(
    string TenantId, DateTimeOffset OccurredAt, Guid AlertId, Guid StudentId, Guid SchoolId, string Window, DateOnly WindowStart, int Threshold, int UnjustifiedHalfDays) : IDomainEvent;
