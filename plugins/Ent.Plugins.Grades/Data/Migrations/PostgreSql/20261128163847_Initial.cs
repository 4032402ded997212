using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ent.Plugins.Grades.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "grades");

            migrationBuilder.CreateTable(
                name: "evaluations",
                schema: "grades",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClassId = table.Column<Guid>(type: "uuid", nullable: true),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: true),
                    TeacherId = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Coefficient = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    MaxMark = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    PublishAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluations", x => x.Id);
                    table.CheckConstraint("CK_evaluations_class_or_group", "(\"ClassId\" IS NULL) <> (\"GroupId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_evaluations_classes_ClassId",
                        column: x => x.ClassId,
                        principalSchema: "directory",
                        principalTable: "classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_evaluations_people_TeacherId",
                        column: x => x.TeacherId,
                        principalSchema: "directory",
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_evaluations_periods_PeriodId",
                        column: x => x.PeriodId,
                        principalSchema: "directory",
                        principalTable: "periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_evaluations_schools_SchoolId",
                        column: x => x.SchoolId,
                        principalSchema: "directory",
                        principalTable: "schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_evaluations_subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalSchema: "directory",
                        principalTable: "subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_evaluations_teaching_groups_GroupId",
                        column: x => x.GroupId,
                        principalSchema: "directory",
                        principalTable: "teaching_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "report_card_opinions",
                schema: "grades",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StudentId = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_card_opinions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_report_card_opinions_people_StudentId",
                        column: x => x.StudentId,
                        principalSchema: "directory",
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_report_card_opinions_periods_PeriodId",
                        column: x => x.PeriodId,
                        principalSchema: "directory",
                        principalTable: "periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "subject_coefficients",
                schema: "grades",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClassId = table.Column<Guid>(type: "uuid", nullable: true),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Coefficient = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subject_coefficients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_subject_coefficients_classes_ClassId",
                        column: x => x.ClassId,
                        principalSchema: "directory",
                        principalTable: "classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_subject_coefficients_schools_SchoolId",
                        column: x => x.SchoolId,
                        principalSchema: "directory",
                        principalTable: "schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_subject_coefficients_subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalSchema: "directory",
                        principalTable: "subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "subject_comments",
                schema: "grades",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StudentId = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subject_comments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_subject_comments_people_StudentId",
                        column: x => x.StudentId,
                        principalSchema: "directory",
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_subject_comments_periods_PeriodId",
                        column: x => x.PeriodId,
                        principalSchema: "directory",
                        principalTable: "periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_subject_comments_subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalSchema: "directory",
                        principalTable: "subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mark_corrections",
                schema: "grades",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EvaluationId = table.Column<Guid>(type: "uuid", nullable: false),
                    StudentId = table.Column<Guid>(type: "uuid", nullable: false),
                    PreviousValue = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    PreviousAnnotation = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    NewValue = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    NewAnnotation = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    CorrectedById = table.Column<Guid>(type: "uuid", nullable: false),
                    CorrectedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mark_corrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_mark_corrections_evaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalSchema: "grades",
                        principalTable: "evaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_mark_corrections_people_StudentId",
                        column: x => x.StudentId,
                        principalSchema: "directory",
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "marks",
                schema: "grades",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EvaluationId = table.Column<Guid>(type: "uuid", nullable: false),
                    StudentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    Annotation = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    EnteredById = table.Column<Guid>(type: "uuid", nullable: false),
                    EnteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedById = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_marks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_marks_evaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalSchema: "grades",
                        principalTable: "evaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_marks_people_StudentId",
                        column: x => x.StudentId,
                        principalSchema: "directory",
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_evaluations_ClassId_PeriodId_SubjectId",
                schema: "grades",
                table: "evaluations",
                columns: new[] { "ClassId", "PeriodId", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_evaluations_GroupId_PeriodId_SubjectId",
                schema: "grades",
                table: "evaluations",
                columns: new[] { "GroupId", "PeriodId", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_evaluations_PeriodId_SubjectId",
                schema: "grades",
                table: "evaluations",
                columns: new[] { "PeriodId", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_evaluations_SchoolId",
                schema: "grades",
                table: "evaluations",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_evaluations_SubjectId",
                schema: "grades",
                table: "evaluations",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_evaluations_TeacherId_Date",
                schema: "grades",
                table: "evaluations",
                columns: new[] { "TeacherId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_mark_corrections_EvaluationId_StudentId_CorrectedAt",
                schema: "grades",
                table: "mark_corrections",
                columns: new[] { "EvaluationId", "StudentId", "CorrectedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_mark_corrections_StudentId",
                schema: "grades",
                table: "mark_corrections",
                column: "StudentId");

            migrationBuilder.CreateIndex(
                name: "IX_marks_EvaluationId_StudentId",
                schema: "grades",
                table: "marks",
                columns: new[] { "EvaluationId", "StudentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_marks_StudentId",
                schema: "grades",
                table: "marks",
                column: "StudentId");

            migrationBuilder.CreateIndex(
                name: "IX_report_card_opinions_PeriodId",
                schema: "grades",
                table: "report_card_opinions",
                column: "PeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_report_card_opinions_StudentId_PeriodId",
                schema: "grades",
                table: "report_card_opinions",
                columns: new[] { "StudentId", "PeriodId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_subject_coefficients_ClassId",
                schema: "grades",
                table: "subject_coefficients",
                column: "ClassId");

            migrationBuilder.CreateIndex(
                name: "IX_subject_coefficients_SchoolId_SubjectId_ClassId",
                schema: "grades",
                table: "subject_coefficients",
                columns: new[] { "SchoolId", "SubjectId", "ClassId" });

            migrationBuilder.CreateIndex(
                name: "IX_subject_coefficients_SubjectId",
                schema: "grades",
                table: "subject_coefficients",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_subject_comments_PeriodId",
                schema: "grades",
                table: "subject_comments",
                column: "PeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_subject_comments_StudentId_PeriodId_SubjectId",
                schema: "grades",
                table: "subject_comments",
                columns: new[] { "StudentId", "PeriodId", "SubjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_subject_comments_SubjectId",
                schema: "grades",
                table: "subject_comments",
                column: "SubjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "mark_corrections",
                schema: "grades");

            migrationBuilder.DropTable(
                name: "marks",
                schema: "grades");

            migrationBuilder.DropTable(
                name: "report_card_opinions",
                schema: "grades");

            migrationBuilder.DropTable(
                name: "subject_coefficients",
                schema: "grades");

            migrationBuilder.DropTable(
                name: "subject_comments",
                schema: "grades");

            migrationBuilder.DropTable(
                name: "evaluations",
                schema: "grades");
        }
    }
}
