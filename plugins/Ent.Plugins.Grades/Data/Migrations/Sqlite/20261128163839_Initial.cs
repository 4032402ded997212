using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ent.Plugins.Grades.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "grades_evaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClassId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TeacherId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Coefficient = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    MaxMark = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    PublishAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grades_evaluations", x => x.Id);
                    table.CheckConstraint("CK_evaluations_class_or_group", "(\"ClassId\" IS NULL) <> (\"GroupId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_grades_evaluations_directory_classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "directory_classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_grades_evaluations_directory_people_TeacherId",
                        column: x => x.TeacherId,
                        principalTable: "directory_people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_grades_evaluations_directory_periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "directory_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_grades_evaluations_directory_schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "directory_schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_grades_evaluations_directory_subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "directory_subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_grades_evaluations_directory_teaching_groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "directory_teaching_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "grades_report_card_opinions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StudentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grades_report_card_opinions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_grades_report_card_opinions_directory_people_StudentId",
                        column: x => x.StudentId,
                        principalTable: "directory_people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_grades_report_card_opinions_directory_periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "directory_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "grades_subject_coefficients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClassId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Coefficient = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grades_subject_coefficients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_grades_subject_coefficients_directory_classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "directory_classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_grades_subject_coefficients_directory_schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "directory_schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_grades_subject_coefficients_directory_subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "directory_subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "grades_subject_comments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StudentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grades_subject_comments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_grades_subject_comments_directory_people_StudentId",
                        column: x => x.StudentId,
                        principalTable: "directory_people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_grades_subject_comments_directory_periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "directory_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_grades_subject_comments_directory_subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "directory_subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "grades_mark_corrections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EvaluationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PreviousValue = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    PreviousAnnotation = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    NewValue = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    NewAnnotation = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    CorrectedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    CorrectedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grades_mark_corrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_grades_mark_corrections_directory_people_StudentId",
                        column: x => x.StudentId,
                        principalTable: "directory_people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_grades_mark_corrections_grades_evaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "grades_evaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grades_marks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EvaluationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    Annotation = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    EnteredById = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grades_marks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_grades_marks_directory_people_StudentId",
                        column: x => x.StudentId,
                        principalTable: "directory_people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_grades_marks_grades_evaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "grades_evaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_grades_evaluations_ClassId_PeriodId_SubjectId",
                table: "grades_evaluations",
                columns: new[] { "ClassId", "PeriodId", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_grades_evaluations_GroupId_PeriodId_SubjectId",
                table: "grades_evaluations",
                columns: new[] { "GroupId", "PeriodId", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_grades_evaluations_PeriodId_SubjectId",
                table: "grades_evaluations",
                columns: new[] { "PeriodId", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_grades_evaluations_SchoolId",
                table: "grades_evaluations",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_grades_evaluations_SubjectId",
                table: "grades_evaluations",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_grades_evaluations_TeacherId_Date",
                table: "grades_evaluations",
                columns: new[] { "TeacherId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_grades_mark_corrections_EvaluationId_StudentId_CorrectedAt",
                table: "grades_mark_corrections",
                columns: new[] { "EvaluationId", "StudentId", "CorrectedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_grades_mark_corrections_StudentId",
                table: "grades_mark_corrections",
                column: "StudentId");

            migrationBuilder.CreateIndex(
                name: "IX_grades_marks_EvaluationId_StudentId",
                table: "grades_marks",
                columns: new[] { "EvaluationId", "StudentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_grades_marks_StudentId",
                table: "grades_marks",
                column: "StudentId");

            migrationBuilder.CreateIndex(
                name: "IX_grades_report_card_opinions_PeriodId",
                table: "grades_report_card_opinions",
                column: "PeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_grades_report_card_opinions_StudentId_PeriodId",
                table: "grades_report_card_opinions",
                columns: new[] { "StudentId", "PeriodId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_grades_subject_coefficients_ClassId",
                table: "grades_subject_coefficients",
                column: "ClassId");

            migrationBuilder.CreateIndex(
                name: "IX_grades_subject_coefficients_SchoolId_SubjectId_ClassId",
                table: "grades_subject_coefficients",
                columns: new[] { "SchoolId", "SubjectId", "ClassId" });

            migrationBuilder.CreateIndex(
                name: "IX_grades_subject_coefficients_SubjectId",
                table: "grades_subject_coefficients",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_grades_subject_comments_PeriodId",
                table: "grades_subject_comments",
                column: "PeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_grades_subject_comments_StudentId_PeriodId_SubjectId",
                table: "grades_subject_comments",
                columns: new[] { "StudentId", "PeriodId", "SubjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_grades_subject_comments_SubjectId",
                table: "grades_subject_comments",
                column: "SubjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "grades_mark_corrections");

            migrationBuilder.DropTable(
                name: "grades_marks");

            migrationBuilder.DropTable(
                name: "grades_report_card_opinions");

            migrationBuilder.DropTable(
                name: "grades_subject_coefficients");

            migrationBuilder.DropTable(
                name: "grades_subject_comments");

            migrationBuilder.DropTable(
                name: "grades_evaluations");
        }
    }
}
