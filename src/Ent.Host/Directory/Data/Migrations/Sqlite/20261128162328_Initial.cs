using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ent.Host.Directory.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "directory_people",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Email = table.Column<string>(type: "TEXT", nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsTenantAdministrator = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_people", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "directory_schools",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Uai = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    City = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_schools", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "directory_family_links",
                columns: table => new
                {
                    RelativeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Relationship = table.Column<string>(type: "TEXT", nullable: true),
                    IsLegalGuardian = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_family_links", x => new { x.RelativeId, x.StudentId });
                    table.ForeignKey(
                        name: "FK_directory_family_links_directory_people_RelativeId",
                        column: x => x.RelativeId,
                        principalTable: "directory_people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_directory_family_links_directory_people_StudentId",
                        column: x => x.StudentId,
                        principalTable: "directory_people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_classes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_classes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_classes_directory_schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "directory_schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_profiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IsSchoolAdministrator = table.Column<bool>(type: "INTEGER", nullable: false),
                    Position = table.Column<string>(type: "TEXT", nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_profiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_profiles_directory_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "directory_people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_directory_profiles_directory_schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "directory_schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_school_years",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_school_years", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_school_years_directory_schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "directory_schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_subjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_subjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_subjects_directory_schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "directory_schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_teaching_groups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_teaching_groups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_teaching_groups_directory_schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "directory_schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_class_enrollments",
                columns: table => new
                {
                    StudentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClassId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_class_enrollments", x => new { x.StudentId, x.ClassId });
                    table.ForeignKey(
                        name: "FK_directory_class_enrollments_directory_classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "directory_classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_directory_class_enrollments_directory_people_StudentId",
                        column: x => x.StudentId,
                        principalTable: "directory_people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_form_tutors",
                columns: table => new
                {
                    ClassId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeacherId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_form_tutors", x => new { x.ClassId, x.TeacherId });
                    table.ForeignKey(
                        name: "FK_directory_form_tutors_directory_classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "directory_classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_directory_form_tutors_directory_people_TeacherId",
                        column: x => x.TeacherId,
                        principalTable: "directory_people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_periods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolYearId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClassId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EntryClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CouncilDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReportCardsPublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_periods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_periods_directory_classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "directory_classes",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_directory_periods_directory_school_years_SchoolYearId",
                        column: x => x.SchoolYearId,
                        principalTable: "directory_school_years",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_group_memberships",
                columns: table => new
                {
                    StudentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_group_memberships", x => new { x.StudentId, x.GroupId });
                    table.ForeignKey(
                        name: "FK_directory_group_memberships_directory_people_StudentId",
                        column: x => x.StudentId,
                        principalTable: "directory_people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_directory_group_memberships_directory_teaching_groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "directory_teaching_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_teaching_assignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeacherId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClassId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_teaching_assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_teaching_assignments_directory_classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "directory_classes",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_directory_teaching_assignments_directory_people_TeacherId",
                        column: x => x.TeacherId,
                        principalTable: "directory_people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_directory_teaching_assignments_directory_subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "directory_subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_directory_teaching_assignments_directory_teaching_groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "directory_teaching_groups",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_directory_class_enrollments_ClassId",
                table: "directory_class_enrollments",
                column: "ClassId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_classes_SchoolId_Code",
                table: "directory_classes",
                columns: new[] { "SchoolId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_directory_family_links_StudentId",
                table: "directory_family_links",
                column: "StudentId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_form_tutors_TeacherId",
                table: "directory_form_tutors",
                column: "TeacherId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_group_memberships_GroupId",
                table: "directory_group_memberships",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_people_TenantId_ExternalId",
                table: "directory_people",
                columns: new[] { "TenantId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_directory_periods_ClassId",
                table: "directory_periods",
                column: "ClassId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_periods_SchoolId_StartDate",
                table: "directory_periods",
                columns: new[] { "SchoolId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_directory_periods_SchoolYearId",
                table: "directory_periods",
                column: "SchoolYearId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_profiles_PersonId_SchoolId_Kind",
                table: "directory_profiles",
                columns: new[] { "PersonId", "SchoolId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_directory_profiles_SchoolId_Kind",
                table: "directory_profiles",
                columns: new[] { "SchoolId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_directory_school_years_SchoolId_StartDate",
                table: "directory_school_years",
                columns: new[] { "SchoolId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_directory_schools_TenantId_Uai",
                table: "directory_schools",
                columns: new[] { "TenantId", "Uai" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_directory_subjects_SchoolId_Code",
                table: "directory_subjects",
                columns: new[] { "SchoolId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_directory_teaching_assignments_ClassId",
                table: "directory_teaching_assignments",
                column: "ClassId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_teaching_assignments_GroupId",
                table: "directory_teaching_assignments",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_teaching_assignments_SubjectId",
                table: "directory_teaching_assignments",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_teaching_assignments_TeacherId",
                table: "directory_teaching_assignments",
                column: "TeacherId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_teaching_groups_SchoolId_Code",
                table: "directory_teaching_groups",
                columns: new[] { "SchoolId", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "directory_class_enrollments");

            migrationBuilder.DropTable(
                name: "directory_family_links");

            migrationBuilder.DropTable(
                name: "directory_form_tutors");

            migrationBuilder.DropTable(
                name: "directory_group_memberships");

            migrationBuilder.DropTable(
                name: "directory_periods");

            migrationBuilder.DropTable(
                name: "directory_profiles");

            migrationBuilder.DropTable(
                name: "directory_teaching_assignments");

            migrationBuilder.DropTable(
                name: "directory_school_years");

            migrationBuilder.DropTable(
                name: "directory_classes");

            migrationBuilder.DropTable(
                name: "directory_people");

            migrationBuilder.DropTable(
                name: "directory_subjects");

            migrationBuilder.DropTable(
                name: "directory_teaching_groups");

            migrationBuilder.DropTable(
                name: "directory_schools");
        }
    }
}
