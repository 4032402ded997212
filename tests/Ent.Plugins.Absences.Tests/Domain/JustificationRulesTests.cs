using Ent.Plugins.Absences.Domain;

namespace Ent.Plugins.Absences.Tests.Domain;

public sealed class JustificationRulesTests
{
    [Theory]
    [InlineData(nameof(JustificationState.Unjustified), null)]
    [InlineData(nameof(JustificationState.Refused), null)]
    [InlineData(nameof(JustificationState.JustificationPending), AbsenceErrorCodes.JustificationAlreadyPending)]
    [InlineData(nameof(JustificationState.Justified), AbsenceErrorCodes.AlreadyJustified)]
    public void A_relative_may_justify_an_unjustified_or_refused_event(string state, string? error) =>
        Assert.Equal(error, JustificationRules.CannotSubmit(AbsenceEventKind.Absence, Enum.Parse<JustificationState>(state)));

    [Fact]
    public void Incidents_have_no_state_and_are_never_justified()
    {
        Assert.Null(JustificationRules.InitialState(AbsenceEventKind.Incident));
        Assert.Equal(AbsenceErrorCodes.NotJustifiable, JustificationRules.CannotSubmit(AbsenceEventKind.Incident, null));
    }

    [Theory]
    [InlineData(nameof(AbsenceEventKind.Absence))]
    [InlineData(nameof(AbsenceEventKind.Lateness))]
    [InlineData(nameof(AbsenceEventKind.EarlyDeparture))]
    public void Other_events_start_unjustified(string kind) =>
        Assert.Equal(JustificationState.Unjustified, JustificationRules.InitialState(Enum.Parse<AbsenceEventKind>(kind)));

    [Theory]
    [InlineData(nameof(JustificationStatus.Pending), null)]
    [InlineData(nameof(JustificationStatus.Accepted), AbsenceErrorCodes.JustificationAlreadyDecided)]
    [InlineData(nameof(JustificationStatus.Refused), AbsenceErrorCodes.JustificationAlreadyDecided)]
    public void Only_a_pending_justification_may_be_decided(string status, string? error) =>
        Assert.Equal(error, JustificationRules.CannotDecide(Enum.Parse<JustificationStatus>(status)));

    [Fact]
    public void A_decision_sets_the_events_state()
    {
        Assert.Equal(JustificationState.Justified, JustificationRules.AfterDecision(accepted: true));
        Assert.Equal(JustificationState.Refused, JustificationRules.AfterDecision(accepted: false));
    }

    [Theory]
    [InlineData(nameof(JustificationState.Justified), true, true)]
    [InlineData(nameof(JustificationState.Justified), false, false)]
    [InlineData(nameof(JustificationState.JustificationPending), true, false)]
    [InlineData(nameof(JustificationState.Refused), true, false)]
    [InlineData(nameof(JustificationState.Unjustified), false, false)]
    public void Only_an_event_justified_with_a_valid_reason_counts_as_justified(string state, bool validReason, bool expected) =>
        Assert.Equal(expected, JustificationRules.CountsAsJustified(Enum.Parse<JustificationState>(state), validReason));
}
