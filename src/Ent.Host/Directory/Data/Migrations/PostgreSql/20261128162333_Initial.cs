using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ent.Host.Directory.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "directory");

            migrationBuilder.CreateTable(
                name: "people",
                schema: "directory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ExternalId = table.Column<string>(type: "text", nullable: false),
                    FirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Email = table.Column<string>(type: "text", nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    IsTenantAdministrator = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_people", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "schools",
                schema: "directory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Uai = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    City = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_schools", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "family_links",
                schema: "directory",
                columns: table => new
                {
                    RelativeId = table.Column<Guid>(type: "uuid", nullable: false),
                    StudentId = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Relationship = table.Column<string>(type: "text", nullable: true),
                    IsLegalGuardian = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_family_links", x => new { x.RelativeId, x.StudentId });
                    table.ForeignKey(
                        name: "FK_family_links_people_RelativeId",
                        column: x => x.RelativeId,
                        principalSchema: "directory",
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_family_links_people_StudentId",
                        column: x => x.StudentId,
                        principalSchema: "directory",
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "classes",
                schema: "directory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Level = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_classes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_classes_schools_SchoolId",
                        column: x => x.SchoolId,
                        principalSchema: "directory",
                        principalTable: "schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "profiles",
                schema: "directory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    IsSchoolAdministrator = table.Column<bool>(type: "boolean", nullable: false),
                    Position = table.Column<string>(type: "text", nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_profiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_profiles_people_PersonId",
                        column: x => x.PersonId,
                        principalSchema: "directory",
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_profiles_schools_SchoolId",
                        column: x => x.SchoolId,
                        principalSchema: "directory",
                        principalTable: "schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "school_years",
                schema: "directory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_school_years", x => x.Id);
                    table.ForeignKey(
                        name: "FK_school_years_schools_SchoolId",
                        column: x => x.SchoolId,
                        principalSchema: "directory",
                        principalTable: "schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subjects",
                schema: "directory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_subjects_schools_SchoolId",
                        column: x => x.SchoolId,
                        principalSchema: "directory",
                        principalTable: "schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "teaching_groups",
                schema: "directory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_teaching_groups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_teaching_groups_schools_SchoolId",
                        column: x => x.SchoolId,
                        principalSchema: "directory",
                        principalTable: "schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "class_enrollments",
                schema: "directory",
                columns: table => new
                {
                    StudentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClassId = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_class_enrollments", x => new { x.StudentId, x.ClassId });
                    table.ForeignKey(
                        name: "FK_class_enrollments_classes_ClassId",
                        column: x => x.ClassId,
                        principalSchema: "directory",
                        principalTable: "classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_class_enrollments_people_StudentId",
                        column: x => x.StudentId,
                        principalSchema: "directory",
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "form_tutors",
                schema: "directory",
                columns: table => new
                {
                    ClassId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeacherId = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_form_tutors", x => new { x.ClassId, x.TeacherId });
                    table.ForeignKey(
                        name: "FK_form_tutors_classes_ClassId",
                        column: x => x.ClassId,
                        principalSchema: "directory",
                        principalTable: "classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_form_tutors_people_TeacherId",
                        column: x => x.TeacherId,
                        principalSchema: "directory",
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "periods",
                schema: "directory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolYearId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClassId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EntryClosesOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CouncilDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ReportCardsPublishedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_periods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_periods_classes_ClassId",
                        column: x => x.ClassId,
                        principalSchema: "directory",
                        principalTable: "classes",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_periods_school_years_SchoolYearId",
                        column: x => x.SchoolYearId,
                        principalSchema: "directory",
                        principalTable: "school_years",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "group_memberships",
                schema: "directory",
                columns: table => new
                {
                    StudentId = table.Column<Guid>(type: "uuid", nullable: false),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_group_memberships", x => new { x.StudentId, x.GroupId });
                    table.ForeignKey(
                        name: "FK_group_memberships_people_StudentId",
                        column: x => x.StudentId,
                        principalSchema: "directory",
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_group_memberships_teaching_groups_GroupId",
                        column: x => x.GroupId,
                        principalSchema: "directory",
                        principalTable: "teaching_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "teaching_assignments",
                schema: "directory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeacherId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClassId = table.Column<Guid>(type: "uuid", nullable: true),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: true),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_teaching_assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_teaching_assignments_classes_ClassId",
                        column: x => x.ClassId,
                        principalSchema: "directory",
                        principalTable: "classes",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_teaching_assignments_people_TeacherId",
                        column: x => x.TeacherId,
                        principalSchema: "directory",
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_teaching_assignments_subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalSchema: "directory",
                        principalTable: "subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_teaching_assignments_teaching_groups_GroupId",
                        column: x => x.GroupId,
                        principalSchema: "directory",
                        principalTable: "teaching_groups",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_class_enrollments_ClassId",
                schema: "directory",
                table: "class_enrollments",
                column: "ClassId");

            migrationBuilder.CreateIndex(
                name: "IX_classes_SchoolId_Code",
                schema: "directory",
                table: "classes",
                columns: new[] { "SchoolId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_family_links_StudentId",
                schema: "directory",
                table: "family_links",
                column: "StudentId");

            migrationBuilder.CreateIndex(
                name: "IX_form_tutors_TeacherId",
                schema: "directory",
                table: "form_tutors",
                column: "TeacherId");

            migrationBuilder.CreateIndex(
                name: "IX_group_memberships_GroupId",
                schema: "directory",
                table: "group_memberships",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_people_TenantId_ExternalId",
                schema: "directory",
                table: "people",
                columns: new[] { "TenantId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_periods_ClassId",
                schema: "directory",
                table: "periods",
                column: "ClassId");

            migrationBuilder.CreateIndex(
                name: "IX_periods_SchoolId_StartDate",
                schema: "directory",
                table: "periods",
                columns: new[] { "SchoolId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_periods_SchoolYearId",
                schema: "directory",
                table: "periods",
                column: "SchoolYearId");

            migrationBuilder.CreateIndex(
                name: "IX_profiles_PersonId_SchoolId_Kind",
                schema: "directory",
                table: "profiles",
                columns: new[] { "PersonId", "SchoolId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_profiles_SchoolId_Kind",
                schema: "directory",
                table: "profiles",
                columns: new[] { "SchoolId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_school_years_SchoolId_StartDate",
                schema: "directory",
                table: "school_years",
                columns: new[] { "SchoolId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_schools_TenantId_Uai",
                schema: "directory",
                table: "schools",
                columns: new[] { "TenantId", "Uai" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_subjects_SchoolId_Code",
                schema: "directory",
                table: "subjects",
                columns: new[] { "SchoolId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_teaching_assignments_ClassId",
                schema: "directory",
                table: "teaching_assignments",
                column: "ClassId");

            migrationBuilder.CreateIndex(
                name: "IX_teaching_assignments_GroupId",
                schema: "directory",
                table: "teaching_assignments",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_teaching_assignments_SubjectId",
                schema: "directory",
                table: "teaching_assignments",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_teaching_assignments_TeacherId",
                schema: "directory",
                table: "teaching_assignments",
                column: "TeacherId");

            migrationBuilder.CreateIndex(
                name: "IX_teaching_groups_SchoolId_Code",
                schema: "directory",
                table: "teaching_groups",
                columns: new[] { "SchoolId", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "class_enrollments",
                schema: "directory");

            migrationBuilder.DropTable(
                name: "family_links",
                schema: "directory");

            migrationBuilder.DropTable(
                name: "form_tutors",
                schema: "directory");

            migrationBuilder.DropTable(
                name: "group_memberships",
                schema: "directory");

            migrationBuilder.DropTable(
                name: "periods",
                schema: "directory");

            migrationBuilder.DropTable(
                name: "profiles",
                schema: "directory");

            migrationBuilder.DropTable(
                name: "teaching_assignments",
                schema: "directory");

            migrationBuilder.DropTable(
                name: "school_years",
                schema: "directory");

            migrationBuilder.DropTable(
                name: "classes",
                schema: "directory");

            migrationBuilder.DropTable(
                name: "people",
                schema: "directory");

            migrationBuilder.DropTable(
                name: "subjects",
                schema: "directory");

            migrationBuilder.DropTable(
                name: "teaching_groups",
                schema: "directory");

            migrationBuilder.DropTable(
                name: "schools",
                schema: "directory");
        }
    }
}
