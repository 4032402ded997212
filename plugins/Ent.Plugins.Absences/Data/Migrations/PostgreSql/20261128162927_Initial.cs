using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ent.Plugins.Absences.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "absences");

            migrationBuilder.CreateTable(
                name: "alerts",
                schema: "absences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    StudentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Window = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    WindowStart = table.Column<DateOnly>(type: "date", nullable: false),
                    Threshold = table.Column<int>(type: "integer", nullable: false),
                    UnjustifiedHalfDays = table.Column<int>(type: "integer", nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reasons",
                schema: "absences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CountsAsValid = table.Column<bool>(type: "boolean", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reasons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "roll_calls",
                schema: "absences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClassId = table.Column<Guid>(type: "uuid", nullable: true),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: true),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeacherId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roll_calls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "school_settings",
                schema: "absences",
                columns: table => new
                {
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MorningStartsAt = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    MorningEndsAt = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    AfternoonStartsAt = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    AfternoonEndsAt = table.Column<TimeOnly>(type: "time without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_school_settings", x => x.SchoolId);
                });

            migrationBuilder.CreateTable(
                name: "thresholds",
                schema: "absences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Window = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    UnjustifiedHalfDays = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_thresholds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "justifications",
                schema: "absences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    StudentId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmittedById = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReasonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AttachmentReference = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DecidedById = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecisionComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_justifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_justifications_reasons_ReasonId",
                        column: x => x.ReasonId,
                        principalSchema: "absences",
                        principalTable: "reasons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "events",
                schema: "absences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    StudentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    LateMinutes = table.Column<int>(type: "integer", nullable: true),
                    RollCallId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    State = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    ReasonId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_events_reasons_ReasonId",
                        column: x => x.ReasonId,
                        principalSchema: "absences",
                        principalTable: "reasons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_events_roll_calls_RollCallId",
                        column: x => x.RollCallId,
                        principalSchema: "absences",
                        principalTable: "roll_calls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "roll_call_revisions",
                schema: "absences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RollCallId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roll_call_revisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_roll_call_revisions_roll_calls_RollCallId",
                        column: x => x.RollCallId,
                        principalSchema: "absences",
                        principalTable: "roll_calls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "event_state_changes",
                schema: "absences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromState = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    ToState = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ChangedById = table.Column<Guid>(type: "uuid", nullable: false),
                    JustificationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_event_state_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_event_state_changes_events_EventId",
                        column: x => x.EventId,
                        principalSchema: "absences",
                        principalTable: "events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_event_state_changes_justifications_JustificationId",
                        column: x => x.JustificationId,
                        principalSchema: "absences",
                        principalTable: "justifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "justification_events",
                schema: "absences",
                columns: table => new
                {
                    JustificationId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_justification_events", x => new { x.JustificationId, x.EventId });
                    table.ForeignKey(
                        name: "FK_justification_events_events_EventId",
                        column: x => x.EventId,
                        principalSchema: "absences",
                        principalTable: "events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_justification_events_justifications_JustificationId",
                        column: x => x.JustificationId,
                        principalSchema: "absences",
                        principalTable: "justifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "roll_call_marks",
                schema: "absences",
                columns: table => new
                {
                    RevisionId = table.Column<Guid>(type: "uuid", nullable: false),
                    StudentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    LateMinutes = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roll_call_marks", x => new { x.RevisionId, x.StudentId });
                    table.ForeignKey(
                        name: "FK_roll_call_marks_roll_call_revisions_RevisionId",
                        column: x => x.RevisionId,
                        principalSchema: "absences",
                        principalTable: "roll_call_revisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_alerts_SchoolId_WindowStart",
                schema: "absences",
                table: "alerts",
                columns: new[] { "SchoolId", "WindowStart" });

            migrationBuilder.CreateIndex(
                name: "IX_alerts_StudentId_Window_WindowStart_Threshold",
                schema: "absences",
                table: "alerts",
                columns: new[] { "StudentId", "Window", "WindowStart", "Threshold" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_event_state_changes_EventId",
                schema: "absences",
                table: "event_state_changes",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_event_state_changes_JustificationId",
                schema: "absences",
                table: "event_state_changes",
                column: "JustificationId");

            migrationBuilder.CreateIndex(
                name: "IX_events_ReasonId",
                schema: "absences",
                table: "events",
                column: "ReasonId");

            migrationBuilder.CreateIndex(
                name: "IX_events_RollCallId",
                schema: "absences",
                table: "events",
                column: "RollCallId");

            migrationBuilder.CreateIndex(
                name: "IX_events_SchoolId_StartsAt",
                schema: "absences",
                table: "events",
                columns: new[] { "SchoolId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_events_StudentId_StartsAt",
                schema: "absences",
                table: "events",
                columns: new[] { "StudentId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_justification_events_EventId",
                schema: "absences",
                table: "justification_events",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_justifications_ReasonId",
                schema: "absences",
                table: "justifications",
                column: "ReasonId");

            migrationBuilder.CreateIndex(
                name: "IX_justifications_SchoolId_Status",
                schema: "absences",
                table: "justifications",
                columns: new[] { "SchoolId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_justifications_StudentId",
                schema: "absences",
                table: "justifications",
                column: "StudentId");

            migrationBuilder.CreateIndex(
                name: "IX_reasons_SchoolId_Code",
                schema: "absences",
                table: "reasons",
                columns: new[] { "SchoolId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_roll_call_revisions_RollCallId_Number",
                schema: "absences",
                table: "roll_call_revisions",
                columns: new[] { "RollCallId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_roll_calls_ClassId_StartsAt",
                schema: "absences",
                table: "roll_calls",
                columns: new[] { "ClassId", "StartsAt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_roll_calls_GroupId_StartsAt",
                schema: "absences",
                table: "roll_calls",
                columns: new[] { "GroupId", "StartsAt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_roll_calls_TeacherId_StartsAt",
                schema: "absences",
                table: "roll_calls",
                columns: new[] { "TeacherId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_thresholds_SchoolId_Window_UnjustifiedHalfDays",
                schema: "absences",
                table: "thresholds",
                columns: new[] { "SchoolId", "Window", "UnjustifiedHalfDays" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "alerts",
                schema: "absences");

            migrationBuilder.DropTable(
                name: "event_state_changes",
                schema: "absences");

            migrationBuilder.DropTable(
                name: "justification_events",
                schema: "absences");

            migrationBuilder.DropTable(
                name: "roll_call_marks",
                schema: "absences");

            migrationBuilder.DropTable(
                name: "school_settings",
                schema: "absences");

            migrationBuilder.DropTable(
                name: "thresholds",
                schema: "absences");

            migrationBuilder.DropTable(
                name: "events",
                schema: "absences");

            migrationBuilder.DropTable(
                name: "justifications",
                schema: "absences");

            migrationBuilder.DropTable(
                name: "roll_call_revisions",
                schema: "absences");

            migrationBuilder.DropTable(
                name: "reasons",
                schema: "absences");

            migrationBuilder.DropTable(
                name: "roll_calls",
                schema: "absences");
        }
    }
}
