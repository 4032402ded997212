using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ent.Plugins.Absences.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "absences_alerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Window = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    WindowStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Threshold = table.Column<int>(type: "INTEGER", nullable: false),
                    UnjustifiedHalfDays = table.Column<int>(type: "INTEGER", nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_absences_alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "absences_reasons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CountsAsValid = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_absences_reasons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "absences_roll_calls",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClassId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeacherId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_absences_roll_calls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "absences_school_settings",
                columns: table => new
                {
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MorningStartsAt = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    MorningEndsAt = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    AfternoonStartsAt = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    AfternoonEndsAt = table.Column<TimeOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_absences_school_settings", x => x.SchoolId);
                });

            migrationBuilder.CreateTable(
                name: "absences_thresholds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Window = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    UnjustifiedHalfDays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_absences_thresholds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "absences_justifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmittedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ReasonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AttachmentReference = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DecidedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    DecisionComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_absences_justifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_absences_justifications_absences_reasons_ReasonId",
                        column: x => x.ReasonId,
                        principalTable: "absences_reasons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "absences_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LateMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    RollCallId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    ReasonId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_absences_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_absences_events_absences_reasons_ReasonId",
                        column: x => x.ReasonId,
                        principalTable: "absences_reasons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_absences_events_absences_roll_calls_RollCallId",
                        column: x => x.RollCallId,
                        principalTable: "absences_roll_calls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "absences_roll_call_revisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RollCallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_absences_roll_call_revisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_absences_roll_call_revisions_absences_roll_calls_RollCallId",
                        column: x => x.RollCallId,
                        principalTable: "absences_roll_calls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "absences_event_state_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ChangedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    JustificationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_absences_event_state_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_absences_event_state_changes_absences_events_EventId",
                        column: x => x.EventId,
                        principalTable: "absences_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_absences_event_state_changes_absences_justifications_JustificationId",
                        column: x => x.JustificationId,
                        principalTable: "absences_justifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "absences_justification_events",
                columns: table => new
                {
                    JustificationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_absences_justification_events", x => new { x.JustificationId, x.EventId });
                    table.ForeignKey(
                        name: "FK_absences_justification_events_absences_events_EventId",
                        column: x => x.EventId,
                        principalTable: "absences_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_absences_justification_events_absences_justifications_JustificationId",
                        column: x => x.JustificationId,
                        principalTable: "absences_justifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "absences_roll_call_marks",
                columns: table => new
                {
                    RevisionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    LateMinutes = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_absences_roll_call_marks", x => new { x.RevisionId, x.StudentId });
                    table.ForeignKey(
                        name: "FK_absences_roll_call_marks_absences_roll_call_revisions_RevisionId",
                        column: x => x.RevisionId,
                        principalTable: "absences_roll_call_revisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_absences_alerts_SchoolId_WindowStart",
                table: "absences_alerts",
                columns: new[] { "SchoolId", "WindowStart" });

            migrationBuilder.CreateIndex(
                name: "IX_absences_alerts_StudentId_Window_WindowStart_Threshold",
                table: "absences_alerts",
                columns: new[] { "StudentId", "Window", "WindowStart", "Threshold" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_absences_event_state_changes_EventId",
                table: "absences_event_state_changes",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_absences_event_state_changes_JustificationId",
                table: "absences_event_state_changes",
                column: "JustificationId");

            migrationBuilder.CreateIndex(
                name: "IX_absences_events_ReasonId",
                table: "absences_events",
                column: "ReasonId");

            migrationBuilder.CreateIndex(
                name: "IX_absences_events_RollCallId",
                table: "absences_events",
                column: "RollCallId");

            migrationBuilder.CreateIndex(
                name: "IX_absences_events_SchoolId_StartsAt",
                table: "absences_events",
                columns: new[] { "SchoolId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_absences_events_StudentId_StartsAt",
                table: "absences_events",
                columns: new[] { "StudentId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_absences_justification_events_EventId",
                table: "absences_justification_events",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_absences_justifications_ReasonId",
                table: "absences_justifications",
                column: "ReasonId");

            migrationBuilder.CreateIndex(
                name: "IX_absences_justifications_SchoolId_Status",
                table: "absences_justifications",
                columns: new[] { "SchoolId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_absences_justifications_StudentId",
                table: "absences_justifications",
                column: "StudentId");

            migrationBuilder.CreateIndex(
                name: "IX_absences_reasons_SchoolId_Code",
                table: "absences_reasons",
                columns: new[] { "SchoolId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_absences_roll_call_revisions_RollCallId_Number",
                table: "absences_roll_call_revisions",
                columns: new[] { "RollCallId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_absences_roll_calls_ClassId_StartsAt",
                table: "absences_roll_calls",
                columns: new[] { "ClassId", "StartsAt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_absences_roll_calls_GroupId_StartsAt",
                table: "absences_roll_calls",
                columns: new[] { "GroupId", "StartsAt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_absences_roll_calls_TeacherId_StartsAt",
                table: "absences_roll_calls",
                columns: new[] { "TeacherId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_absences_thresholds_SchoolId_Window_UnjustifiedHalfDays",
                table: "absences_thresholds",
                columns: new[] { "SchoolId", "Window", "UnjustifiedHalfDays" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "absences_alerts");

            migrationBuilder.DropTable(
                name: "absences_event_state_changes");

            migrationBuilder.DropTable(
                name: "absences_justification_events");

            migrationBuilder.DropTable(
                name: "absences_roll_call_marks");

            migrationBuilder.DropTable(
                name: "absences_school_settings");

            migrationBuilder.DropTable(
                name: "absences_thresholds");

            migrationBuilder.DropTable(
                name: "absences_events");

            migrationBuilder.DropTable(
                name: "absences_justifications");

            migrationBuilder.DropTable(
                name: "absences_roll_call_revisions");

            migrationBuilder.DropTable(
                name: "absences_reasons");

            migrationBuilder.DropTable(
                name: "absences_roll_calls");
        }
    }
}
