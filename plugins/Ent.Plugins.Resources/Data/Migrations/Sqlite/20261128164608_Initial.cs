using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ent.Plugins.Resources.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "resources_person_usage",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UsedBytes = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resources_person_usage", x => x.PersonId);
                });

            migrationBuilder.CreateTable(
                name: "resources_resource_folders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resources_resource_folders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_resources_resource_folders_resources_resource_folders_ParentId",
                        column: x => x.ParentId,
                        principalTable: "resources_resource_folders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "resources_school_usage",
                columns: table => new
                {
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UsedBytes = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resources_school_usage", x => x.SchoolId);
                });

            migrationBuilder.CreateTable(
                name: "resources_resources",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FolderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    CurrentVersionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TrashedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resources_resources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_resources_resources_resources_resource_folders_FolderId",
                        column: x => x.FolderId,
                        principalTable: "resources_resource_folders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "resources_resource_followers",
                columns: table => new
                {
                    ResourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FollowedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resources_resource_followers", x => new { x.ResourceId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_resources_resource_followers_resources_resources_ResourceId",
                        column: x => x.ResourceId,
                        principalTable: "resources_resources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "resources_resource_shares",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ResourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TargetKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TargetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Right = table.Column<int>(type: "INTEGER", nullable: false),
                    SharedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    SharedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resources_resource_shares", x => x.Id);
                    table.ForeignKey(
                        name: "FK_resources_resource_shares_resources_resources_ResourceId",
                        column: x => x.ResourceId,
                        principalTable: "resources_resources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "resources_resource_tags",
                columns: table => new
                {
                    ResourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Tag = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resources_resource_tags", x => new { x.ResourceId, x.Tag });
                    table.ForeignKey(
                        name: "FK_resources_resource_tags_resources_resources_ResourceId",
                        column: x => x.ResourceId,
                        principalTable: "resources_resources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "resources_resource_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ResourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resources_resource_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_resources_resource_versions_resources_resources_ResourceId",
                        column: x => x.ResourceId,
                        principalTable: "resources_resources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_resources_resource_folders_OwnerId_ParentId",
                table: "resources_resource_folders",
                columns: new[] { "OwnerId", "ParentId" });

            migrationBuilder.CreateIndex(
                name: "IX_resources_resource_folders_ParentId",
                table: "resources_resource_folders",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_resources_resource_followers_PersonId",
                table: "resources_resource_followers",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_resources_resource_shares_ResourceId_TargetKind_TargetId",
                table: "resources_resource_shares",
                columns: new[] { "ResourceId", "TargetKind", "TargetId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_resources_resource_shares_TargetKind_TargetId",
                table: "resources_resource_shares",
                columns: new[] { "TargetKind", "TargetId" });

            migrationBuilder.CreateIndex(
                name: "IX_resources_resource_tags_Tag",
                table: "resources_resource_tags",
                column: "Tag");

            migrationBuilder.CreateIndex(
                name: "IX_resources_resource_versions_ResourceId_Number",
                table: "resources_resource_versions",
                columns: new[] { "ResourceId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_resources_resources_FolderId",
                table: "resources_resources",
                column: "FolderId");

            migrationBuilder.CreateIndex(
                name: "IX_resources_resources_OwnerId_FolderId",
                table: "resources_resources",
                columns: new[] { "OwnerId", "FolderId" });

            migrationBuilder.CreateIndex(
                name: "IX_resources_resources_SchoolId_SubjectId",
                table: "resources_resources",
                columns: new[] { "SchoolId", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_resources_resources_TenantId_UpdatedAt",
                table: "resources_resources",
                columns: new[] { "TenantId", "UpdatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "resources_person_usage");

            migrationBuilder.DropTable(
                name: "resources_resource_followers");

            migrationBuilder.DropTable(
                name: "resources_resource_shares");

            migrationBuilder.DropTable(
                name: "resources_resource_tags");

            migrationBuilder.DropTable(
                name: "resources_resource_versions");

            migrationBuilder.DropTable(
                name: "resources_school_usage");

            migrationBuilder.DropTable(
                name: "resources_resources");

            migrationBuilder.DropTable(
                name: "resources_resource_folders");
        }
    }
}
