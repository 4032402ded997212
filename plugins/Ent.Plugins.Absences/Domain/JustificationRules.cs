namespace Ent.Plugins.Absences.Domain;

/// <summary>
/// The justification state machine. An event starts <see cref="JustificationState.Unjustified"/>; a
/// relative's justification makes it <see cref="JustificationState.JustificationPending"/>; staff accepting
/// it make it <see cref="JustificationState.Justified"/>, refusing it <see cref="JustificationState.Refused"/>,
/// after which a new justification may be submitted. Staff may also justify an event directly. Incidents
/// have no state.
/// </summary>
internal static class JustificationRules
{
    /// <summary>Gets the state a new event starts in.</summary>
    /// <param name="kind">The event's kind.</param>
    /// <returns>The state, or <see langword="null"/> for an incident.</returns>
    public static JustificationState? InitialState(AbsenceEventKind kind) =>
        kind == AbsenceEventKind.Incident ? null : JustificationState.Unjustified;

    /// <summary>Tells why a relative may not submit a justification for an event, if they may not.</summary>
    /// <param name="kind">The event's kind.</param>
    /// <param name="state">The event's state.</param>
    /// <returns>A user error code, or <see langword="null"/> when they may.</returns>
    public static string? CannotSubmit(AbsenceEventKind kind, JustificationState? state) => (kind, state) switch
    {
        (AbsenceEventKind.Incident, _) or (_, null) => AbsenceErrorCodes.NotJustifiable,
        (_, JustificationState.JustificationPending) => AbsenceErrorCodes.JustificationAlreadyPending,
        (_, JustificationState.Justified) => AbsenceErrorCodes.AlreadyJustified,
        _ => null,
    };

    /// <summary>Tells why staff may not decide a justification, if they may not.</summary>
    /// <param name="status">The justification's status.</param>
    /// <returns>A user error code, or <see langword="null"/> when they may.</returns>
    public static string? CannotDecide(JustificationStatus status) =>
        status == JustificationStatus.Pending ? null : AbsenceErrorCodes.JustificationAlreadyDecided;

    /// <summary>Gets the state of an event once staff decide the justification covering it.</summary>
    /// <param name="accepted">Whether staff accepted it.</param>
    /// <returns>The new state.</returns>
    public static JustificationState AfterDecision(bool accepted) =>
        accepted ? JustificationState.Justified : JustificationState.Refused;

    /// <summary>
    /// Tells whether an event counts as justified: justified with a reason that counts as valid. An event
    /// justified with a reason that does not (such as personal convenience) still counts as unjustified.
    /// </summary>
    /// <param name="state">The event's state.</param>
    /// <param name="reasonCountsAsValid">Whether its reason counts as valid.</param>
    /// <returns><see langword="true"/> when it counts as justified.</returns>
    public static bool CountsAsJustified(JustificationState? state, bool reasonCountsAsValid) =>
        state == JustificationState.Justified && reasonCountsAsValid;
}
