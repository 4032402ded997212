using System.Text.Json.Nodes;
using Ent.Plugins.Absences.Events;
using Ent.Plugins.Absences.Tests.Infrastructure;
using Ent.Testing;
using static Ent.Plugins.Absences.Tests.Infrastructure.TestDirectory;

namespace Ent.Plugins.Absences.Tests.GraphQL;

// Each test uses its own pupils or dates, so that the tests of a class share one host and database.
public abstract class AbsencesApiTests<TEngine>(AbsencesHostFixture<TEngine> host) : IClassFixture<AbsencesHostFixture<TEngine>>
    where TEngine : IDatabaseEngine
{
    private const string RecordRollCall = """
        mutation($input: RecordRollCallInput!) { recordRollCall(input: $input) {
          rollCall { id revision events { kind lateMinutes student { id } } history { number marks { kind } } }
          errors { code field } } }
        """;

    private TestDirectory D => host.Directory;

    [SkippableFact]
    public async Task The_plugin_is_in_the_bouquet_and_its_fields_in_the_schema()
    {
        var result = await host.ExecuteAsync(D.Cpe, "{ bouquet { id } __type(name: \"Mutation\") { fields { name } } }");

        Assert.Contains("absences", result["data"]!["bouquet"]!.Text());
        Assert.Contains("recordRollCall", result["data"]!["__type"]!.Text());
    }

    [SkippableFact]
    public async Task A_teacher_records_a_roll_call_and_corrects_it_the_same_day_with_history_kept()
    {
        var first = await host.ExecuteAsync(D.Teacher, RecordRollCall, Lesson("08:00", [D.Students[0]], [(D.Students[1], 10)]));
        var rollCall = first["data"]!["recordRollCall"]!;
        Assert.Equal("[]", rollCall["errors"].Text());
        Assert.Equal(2, rollCall["rollCall"]!["events"]!.AsArray().Count);

        var second = await host.ExecuteAsync(D.Teacher, RecordRollCall, Lesson("08:00", [], [(D.Students[1], 5)]));
        var corrected = second["data"]!["recordRollCall"]!["rollCall"]!;
        Assert.Equal(2, corrected["revision"]!.GetValue<int>());
        var only = Assert.Single(corrected["events"]!.AsArray());
        Assert.Equal("LATENESS", only!["kind"]!.GetValue<string>());
        Assert.Equal(5, only["lateMinutes"]!.GetValue<int>());
        Assert.Equal(2, corrected["history"]![0]!["marks"]!.AsArray().Count);
        Assert.Contains(host.DomainEventsNamed(nameof(AbsenceRecorded)), e => e.Kind == "ABSENCE" && e.StudentId == D.Students[0]);
    }

    [SkippableFact]
    public async Task Bad_roll_calls_get_typed_errors_and_write_nothing()
    {
        var stranger = D.BigClassStudents[0];

        Assert.Equal("NOT_YOUR_LESSON", await ErrorAsync(D.OtherTeacher, Lesson("09:00", [D.Students[2]], [])));
        Assert.Equal("STUDENT_NOT_IN_CLASS", await ErrorAsync(D.Teacher, Lesson("09:00", [stranger], [])));
        Assert.Equal("IN_FUTURE", await ErrorAsync(D.Teacher, Lesson("11:00", [D.Students[2]], [])));
        Assert.Equal("DUPLICATE_STUDENT", await ErrorAsync(D.Teacher, Lesson("09:00", [D.Students[2]], [(D.Students[2], 5)])));
        Assert.Equal("INVALID_LATE_MINUTES", await ErrorAsync(D.Teacher, Lesson("09:00", [], [(D.Students[2], 90)])));

        var events = await host.ExecuteAsync(D.Cpe, "query($id: ID!) { absenceEvents(where: { student: $id }) { totalCount } }", new { id = Id("Person", D.Students[2]) });
        Assert.Equal(0, events["data"]!["absenceEvents"]!["totalCount"]!.GetValue<int>());
    }

    [SkippableFact]
    public async Task Only_staff_correct_a_roll_call_after_its_day()
    {
        var friday = Lesson("14:00", [D.Students[3]], [], "2026-01-09");
        Assert.Equal("[]", (await host.ExecuteAsync(D.Cpe, RecordRollCall, friday))["data"]!["recordRollCall"]!["errors"].Text());

        Assert.Equal("CORRECTION_CLOSED", await ErrorAsync(D.Teacher, Lesson("14:00", [], [], "2026-01-09")));
        var corrected = await host.ExecuteAsync(D.Cpe, RecordRollCall, Lesson("14:00", [], [], "2026-01-09"));
        Assert.Equal(2, corrected["data"]!["recordRollCall"]!["rollCall"]!["revision"]!.GetValue<int>());
    }

    [SkippableFact]
    public async Task Overlapping_staff_events_are_refused()
    {
        var student = D.BigClassStudents[1];
        Assert.Empty(await StaffAbsenceErrorsAsync(student, "2025-12-01", "2025-12-02"));

        Assert.Equal(["OVERLAPPING_EVENT"], await StaffAbsenceErrorsAsync(student, "2025-12-02", "2025-12-03"));
        Assert.Equal(["IN_FUTURE"], await StaffAbsenceErrorsAsync(student, "2026-01-13", "2026-01-13"));
    }

    [SkippableFact]
    public async Task The_monthly_threshold_fires_once_when_crossed()
    {
        var student = D.BigClassStudents[2];

        // Monday 3 and Tuesday 4 November: four half-days, the default threshold.
        Assert.Empty(await StaffAbsenceErrorsAsync(student, "2025-11-03", "2025-11-03"));
        Assert.DoesNotContain(host.DomainEventsNamed(nameof(AbsenceThresholdCrossed)), e => e.StudentId == student);
        Assert.Empty(await StaffAbsenceErrorsAsync(student, "2025-11-04", "2025-11-04"));
        Assert.Empty(await StaffAbsenceErrorsAsync(student, "2025-11-06", "2025-11-06"));

        var crossed = Assert.Single(host.DomainEventsNamed(nameof(AbsenceThresholdCrossed)), e => e.StudentId == student);
        Assert.Equal(4, (int)crossed.Threshold);
        Assert.Equal(new DateOnly(2025, 11, 1), (DateOnly)crossed.WindowStart);

        var counts = await host.ExecuteAsync(D.Cpe, """
            query($id: ID!) { node(id: $id) { ... on Person {
              absenceCounts(from: "2025-11-01", to: "2025-11-30") { halfDays unjustifiedHalfDays hours }
              monthlyAbsenceCounts { month counts { halfDays } } } } }
            """, new { id = Id("Person", student) });
        var person = counts["data"]!["node"]!;
        Assert.Equal(6, person["absenceCounts"]!["unjustifiedHalfDays"]!.GetValue<int>());
        Assert.Equal(24.0, person["absenceCounts"]!["hours"]!.GetValue<double>());
        Assert.Equal("2025-11-01", person["monthlyAbsenceCounts"]![0]!["month"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task A_relative_justifies_their_childs_absence_and_staff_accept_it_once()
    {
        var reason = await host.ExecuteAsync(D.Cpe, """
            mutation($school: ID!) { saveAbsenceReason(input: { schoolId: $school, code: "MALADIE", label: "Maladie", countsAsValid: true }) { reason { id } errors { code } } }
            """, new { school = Id("School", D.School) });
        var reasonId = reason["data"]!["saveAbsenceReason"]!["reason"]!["id"]!.GetValue<string>();
        var recorded = await host.ExecuteAsync(D.Cpe, """
            mutation($id: ID!) { recordAbsenceEvent(input: { studentId: $id, kind: ABSENCE, date: "2026-01-05" }) { event { id } errors { code } } }
            """, new { id = Id("Person", D.Students[1]) });
        var eventId = recorded["data"]!["recordAbsenceEvent"]!["event"]!["id"]!.GetValue<string>();
        const string Submit = """
            mutation($event: ID!, $reason: ID!) { submitJustification(input: { eventIds: [$event], reasonId: $reason, message: "Grippe", attachmentReference: "files/123" }) {
              justification { id status } errors { code } } }
            """;

        var foreign = await host.ExecuteAsync(D.Relatives[0], Submit, new { @event = eventId, reason = reasonId });
        Assert.Equal("NOT_YOUR_CHILD", foreign["data"]!["submitJustification"]!["errors"]![0]!["code"]!.GetValue<string>());

        var submitted = await host.ExecuteAsync(D.Relatives[1], Submit, new { @event = eventId, reason = reasonId });
        var justificationId = submitted["data"]!["submitJustification"]!["justification"]!["id"]!.GetValue<string>();
        const string Decide = """
            mutation($id: ID!) { decideJustification(input: { justificationId: $id, accept: true }) { justification { status } errors { code } } }
            """;
        var accepted = await host.ExecuteAsync(D.Cpe, Decide, new { id = justificationId });
        Assert.True(accepted["data"]!["decideJustification"]!["justification"] is not null, accepted.Text());
        Assert.Equal("ACCEPTED", accepted["data"]!["decideJustification"]!["justification"]!["status"]!.GetValue<string>());
        var again = await host.ExecuteAsync(D.Cpe, Decide, new { id = justificationId });
        Assert.Equal("JUSTIFICATION_ALREADY_DECIDED", again["data"]!["decideJustification"]!["errors"]![0]!["code"]!.GetValue<string>());

        var seen = await host.ExecuteAsync(D.Relatives[1], """
            query($id: ID!) { node(id: $id) { ... on AbsenceEvent { justificationState countsAsJustified stateHistory { to } } } }
            """, new { id = eventId });
        Assert.Equal("JUSTIFIED", seen["data"]!["node"]!["justificationState"]!.GetValue<string>());
        Assert.True(seen["data"]!["node"]!["countsAsJustified"]!.GetValue<bool>());
        Assert.Equal(3, seen["data"]!["node"]!["stateHistory"]!.AsArray().Count);
        Assert.Contains(host.DomainEventsNamed(nameof(JustificationDecided)), e => e.Accepted && e.StudentId == D.Students[1]);
    }

    [SkippableFact]
    public async Task Each_sees_only_the_events_they_may()
    {
        var student = D.Students[3];
        await host.ExecuteAsync(D.Cpe, "mutation($id: ID!) { recordAbsenceEvent(input: { studentId: $id, kind: INCIDENT, date: \"2026-01-06\", startTime: \"10:00:00\", comment: \"Bagarre\" }) { errors { code } } }", new { id = Id("Person", student) });
        const string Query = "query($id: ID!) { absenceEvents(where: { student: $id, kinds: [INCIDENT] }) { totalCount } }";

        async Task<int> CountAs(Guid viewer) =>
            (await host.ExecuteAsync(viewer, Query, new { id = Id("Person", student) }))["data"]!["absenceEvents"]!["totalCount"]!.GetValue<int>();

        Assert.Equal(1, await CountAs(D.Cpe));
        Assert.Equal(1, await CountAs(student));
        Assert.Equal(1, await CountAs(D.Relatives[3]));
        Assert.Equal(1, await CountAs(D.Teacher));
        Assert.Equal(0, await CountAs(D.Relatives[0]));
        Assert.Equal(0, await CountAs(D.OtherTeacher));
        Assert.Equal(0, await CountAs(D.Students[0]));

        var withoutScope = await host.ExecuteAsync(D.Cpe, Query, new { id = Id("Person", student) }, scopes: "openid");
        Assert.Equal("FORBIDDEN", withoutScope["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task A_staff_query_of_a_whole_class_takes_a_bounded_number_of_statements()
    {
        const string Query = """
            query($class: ID!, $period: ID!) { node(id: $class) { ... on Class {
              absenceStatistics(period: $period) { totals { halfDays } students { counts { halfDays hours }
                student { firstName absenceEvents(first: 20) { totalCount nodes { kind justificationState recordedBy { lastName } } }
                  absenceCounts(period: $period) { unjustifiedHalfDays } } } } } } }
            """;
        var variables = new { @class = Id("Class", D.BigClass), period = Id("Period", D.Period) };
        async Task<long> MeasureAsync(IEnumerable<Guid> absent)
        {
            foreach (var student in absent)
            {
                Assert.Empty(await StaffAbsenceErrorsAsync(student, "2026-01-08", "2026-01-08"));
            }

            JsonNode? result = null;
            var statements = await host.CountStatementsAsync(async () => result = await host.ExecuteAsync(D.Cpe, Query, variables));
            Assert.Null(result!["errors"]);
            Assert.Equal(12, result["data"]!["node"]!["absenceStatistics"]!["students"]!.AsArray().Count);
            return statements;
        }

        // Three pupils with events, then eleven: the same statements (the viewer, the class, the
        // statistics' period, pupils, visibility, events and settings, then one batch per level).
        var few = await MeasureAsync(D.BigClassStudents.Skip(3).Take(3));
        var many = await MeasureAsync(D.BigClassStudents.Skip(6));

        Assert.Equal(few, many);
        Assert.InRange(many, 1, 16);
    }

    private object Lesson(string start, Guid[] absent, (Guid Student, int Minutes)[] late, string date = "2026-01-12")
    {
        var end = TimeOnly.Parse(start).AddHours(1).ToString("HH:mm:ss");
        return new
        {
            input = new
            {
                classId = Id("Class", D.Class),
                subjectId = Id("Subject", D.Maths),
                date,
                startTime = start + ":00",
                endTime = end,
                absentStudentIds = absent.Select(s => Id("Person", s)).ToArray(),
                late = late.Select(l => new { studentId = Id("Person", l.Student), minutes = l.Minutes }).ToArray(),
            },
        };
    }

    private async Task<string?> ErrorAsync(Guid viewer, object variables)
    {
        var result = await host.ExecuteAsync(viewer, RecordRollCall, variables);
        return result["data"]?["recordRollCall"]?["errors"]?[0]?["code"]?.GetValue<string>() ?? result.Text();
    }

    private async Task<IReadOnlyList<string>> StaffAbsenceErrorsAsync(Guid student, string from, string to)
    {
        var result = await host.ExecuteAsync(D.Cpe, """
            mutation($id: ID!, $from: DateOnly!, $to: DateOnly) { recordAbsenceEvent(input: { studentId: $id, kind: ABSENCE, date: $from, endDate: $to }) { errors { code } } }
            """, new { id = Id("Person", student), from, to });
        return result["data"]?["recordAbsenceEvent"]?["errors"]?.AsArray().Select(e => e!["code"]!.GetValue<string>()).ToList()
            ?? throw new InvalidOperationException(result.Text());
    }
}

public sealed class AbsencesApiTestsOnSqlite(AbsencesHostFixture<Sqlite> host) : AbsencesApiTests<Sqlite>(host);

public sealed class AbsencesApiTestsOnPostgreSql(AbsencesHostFixture<PostgreSql> host) : AbsencesApiTests<PostgreSql>(host);
