using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ent.Plugins.Forum.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "forum");

            migrationBuilder.CreateTable(
                name: "categories",
                schema: "forum",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Scope = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ClassId = table.Column<Guid>(type: "uuid", nullable: true),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RequiresApproval = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_categories", x => x.Id);
                    table.CheckConstraint("CK_categories_scope", "(\"Scope\" = 'School' AND \"ClassId\" IS NULL AND \"GroupId\" IS NULL) OR (\"Scope\" = 'Class' AND \"ClassId\" IS NOT NULL AND \"GroupId\" IS NULL) OR (\"Scope\" = 'Group' AND \"GroupId\" IS NOT NULL AND \"ClassId\" IS NULL)");
                });

            migrationBuilder.CreateTable(
                name: "school_settings",
                schema: "forum",
                columns: table => new
                {
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RelativesCanRead = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedById = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_school_settings", x => x.SchoolId);
                });

            migrationBuilder.CreateTable(
                name: "category_grants",
                schema: "forum",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CategoryId = table.Column<Guid>(type: "uuid", nullable: false),
                    GranteeKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    GranteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Right = table.Column<int>(type: "integer", nullable: false),
                    GrantedById = table.Column<Guid>(type: "uuid", nullable: false),
                    GrantedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_category_grants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_category_grants_categories_CategoryId",
                        column: x => x.CategoryId,
                        principalSchema: "forum",
                        principalTable: "categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subjects",
                schema: "forum",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CategoryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastActivityAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IsLocked = table.Column<bool>(type: "boolean", nullable: false),
                    IsPinned = table.Column<bool>(type: "boolean", nullable: false),
                    MessageSequence = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subjects1", x => x.Id);
                    table.ForeignKey(
                        name: "FK_subjects_categories_CategoryId",
                        column: x => x.CategoryId,
                        principalSchema: "forum",
                        principalTable: "categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "messages",
                schema: "forum",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CategoryId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Body = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    QuotedMessageId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EditedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IsHidden = table.Column<bool>(type: "boolean", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModeratedById = table.Column<Guid>(type: "uuid", nullable: true),
                    ModeratedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModerationReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_messages_messages_QuotedMessageId",
                        column: x => x.QuotedMessageId,
                        principalSchema: "forum",
                        principalTable: "messages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_messages_subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalSchema: "forum",
                        principalTable: "subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subject_follows",
                schema: "forum",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FollowedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subject_follows", x => new { x.PersonId, x.SubjectId });
                    table.ForeignKey(
                        name: "FK_subject_follows_subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalSchema: "forum",
                        principalTable: "subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subject_read_marks",
                schema: "forum",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subject_read_marks", x => new { x.PersonId, x.SubjectId });
                    table.ForeignKey(
                        name: "FK_subject_read_marks_subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalSchema: "forum",
                        principalTable: "subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "message_revisions",
                schema: "forum",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Body = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    WrittenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReplacedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_message_revisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_message_revisions_messages_MessageId",
                        column: x => x.MessageId,
                        principalSchema: "forum",
                        principalTable: "messages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_categories_ClassId",
                schema: "forum",
                table: "categories",
                column: "ClassId");

            migrationBuilder.CreateIndex(
                name: "IX_categories_GroupId",
                schema: "forum",
                table: "categories",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_categories_TenantId_SchoolId",
                schema: "forum",
                table: "categories",
                columns: new[] { "TenantId", "SchoolId" });

            migrationBuilder.CreateIndex(
                name: "IX_category_grants_CategoryId_GranteeKind_GranteeId",
                schema: "forum",
                table: "category_grants",
                columns: new[] { "CategoryId", "GranteeKind", "GranteeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_category_grants_GranteeKind_GranteeId",
                schema: "forum",
                table: "category_grants",
                columns: new[] { "GranteeKind", "GranteeId" });

            migrationBuilder.CreateIndex(
                name: "IX_message_revisions_MessageId_ReplacedAt",
                schema: "forum",
                table: "message_revisions",
                columns: new[] { "MessageId", "ReplacedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_messages_AuthorId",
                schema: "forum",
                table: "messages",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_messages_CategoryId_Status",
                schema: "forum",
                table: "messages",
                columns: new[] { "CategoryId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_messages_QuotedMessageId",
                schema: "forum",
                table: "messages",
                column: "QuotedMessageId");

            migrationBuilder.CreateIndex(
                name: "IX_messages_SubjectId_Number",
                schema: "forum",
                table: "messages",
                columns: new[] { "SubjectId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_messages_SubjectId_Status_PublishedAt",
                schema: "forum",
                table: "messages",
                columns: new[] { "SubjectId", "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_subject_follows_SubjectId",
                schema: "forum",
                table: "subject_follows",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_subject_read_marks_SubjectId",
                schema: "forum",
                table: "subject_read_marks",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_subjects_CategoryId_IsPinned_LastActivityAt",
                schema: "forum",
                table: "subjects",
                columns: new[] { "CategoryId", "IsPinned", "LastActivityAt" });

            // The full-text index is not part of the EF model: a French tsvector of each body, generated by
            // the database, with a GIN index (see MessageSearch).
            migrationBuilder.Sql("""
                ALTER TABLE forum.messages
                    ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('french'::regconfig, "Body")) STORED;
                CREATE INDEX "IX_messages_search_vector" ON forum.messages USING GIN (search_vector);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX forum."IX_messages_search_vector";
                ALTER TABLE forum.messages DROP COLUMN search_vector;
                """);

            migrationBuilder.DropTable(
                name: "category_grants",
                schema: "forum");

            migrationBuilder.DropTable(
                name: "message_revisions",
                schema: "forum");

            migrationBuilder.DropTable(
                name: "school_settings",
                schema: "forum");

            migrationBuilder.DropTable(
                name: "subject_follows",
                schema: "forum");

            migrationBuilder.DropTable(
                name: "subject_read_marks",
                schema: "forum");

            migrationBuilder.DropTable(
                name: "messages",
                schema: "forum");

            migrationBuilder.DropTable(
                name: "subjects",
                schema: "forum");

            migrationBuilder.DropTable(
                name: "categories",
                schema: "forum");
        }
    }
}
