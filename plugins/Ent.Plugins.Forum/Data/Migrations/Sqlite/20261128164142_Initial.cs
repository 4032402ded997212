using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ent.Plugins.Forum.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "forum_categories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ClassId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RequiresApproval = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forum_categories", x => x.Id);
                    table.CheckConstraint("CK_categories_scope", "(\"Scope\" = 'School' AND \"ClassId\" IS NULL AND \"GroupId\" IS NULL) OR (\"Scope\" = 'Class' AND \"ClassId\" IS NOT NULL AND \"GroupId\" IS NULL) OR (\"Scope\" = 'Group' AND \"GroupId\" IS NOT NULL AND \"ClassId\" IS NULL)");
                });

            migrationBuilder.CreateTable(
                name: "forum_school_settings",
                columns: table => new
                {
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RelativesCanRead = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedById = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forum_school_settings", x => x.SchoolId);
                });

            migrationBuilder.CreateTable(
                name: "forum_category_grants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GranteeKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    GranteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Right = table.Column<int>(type: "INTEGER", nullable: false),
                    GrantedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forum_category_grants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_forum_category_grants_forum_categories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "forum_categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "forum_subjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastActivityAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsLocked = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsPinned = table.Column<bool>(type: "INTEGER", nullable: false),
                    MessageSequence = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forum_subjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_forum_subjects_forum_categories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "forum_categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "forum_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    QuotedMessageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EditedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IsHidden = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModeratedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModeratedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModerationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forum_messages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_forum_messages_forum_messages_QuotedMessageId",
                        column: x => x.QuotedMessageId,
                        principalTable: "forum_messages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_forum_messages_forum_subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "forum_subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "forum_subject_follows",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FollowedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forum_subject_follows", x => new { x.PersonId, x.SubjectId });
                    table.ForeignKey(
                        name: "FK_forum_subject_follows_forum_subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "forum_subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "forum_subject_read_marks",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forum_subject_read_marks", x => new { x.PersonId, x.SubjectId });
                    table.ForeignKey(
                        name: "FK_forum_subject_read_marks_forum_subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "forum_subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "forum_message_revisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    WrittenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReplacedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forum_message_revisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_forum_message_revisions_forum_messages_MessageId",
                        column: x => x.MessageId,
                        principalTable: "forum_messages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_forum_categories_ClassId",
                table: "forum_categories",
                column: "ClassId");

            migrationBuilder.CreateIndex(
                name: "IX_forum_categories_GroupId",
                table: "forum_categories",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_forum_categories_TenantId_SchoolId",
                table: "forum_categories",
                columns: new[] { "TenantId", "SchoolId" });

            migrationBuilder.CreateIndex(
                name: "IX_forum_category_grants_CategoryId_GranteeKind_GranteeId",
                table: "forum_category_grants",
                columns: new[] { "CategoryId", "GranteeKind", "GranteeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_forum_category_grants_GranteeKind_GranteeId",
                table: "forum_category_grants",
                columns: new[] { "GranteeKind", "GranteeId" });

            migrationBuilder.CreateIndex(
                name: "IX_forum_message_revisions_MessageId_ReplacedAt",
                table: "forum_message_revisions",
                columns: new[] { "MessageId", "ReplacedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_forum_messages_AuthorId",
                table: "forum_messages",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_forum_messages_CategoryId_Status",
                table: "forum_messages",
                columns: new[] { "CategoryId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_forum_messages_QuotedMessageId",
                table: "forum_messages",
                column: "QuotedMessageId");

            migrationBuilder.CreateIndex(
                name: "IX_forum_messages_SubjectId_Number",
                table: "forum_messages",
                columns: new[] { "SubjectId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_forum_messages_SubjectId_Status_PublishedAt",
                table: "forum_messages",
                columns: new[] { "SubjectId", "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_forum_subject_follows_SubjectId",
                table: "forum_subject_follows",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_forum_subject_read_marks_SubjectId",
                table: "forum_subject_read_marks",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_forum_subjects_CategoryId_IsPinned_LastActivityAt",
                table: "forum_subjects",
                columns: new[] { "CategoryId", "IsPinned", "LastActivityAt" });

            // The full-text index is not part of the EF model: an FTS5 table that folds case and accents,
            // kept in step with the messages by triggers (see MessageSearch).
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE forum_message_search USING fts5(
                    message_id UNINDEXED,
                    body,
                    tokenize = 'unicode61 remove_diacritics 2'
                );
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER forum_messages_search_insert AFTER INSERT ON forum_messages BEGIN
                    INSERT INTO forum_message_search (message_id, body) VALUES (new."Id", new."Body");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER forum_messages_search_update AFTER UPDATE OF "Body" ON forum_messages BEGIN
                    DELETE FROM forum_message_search WHERE message_id = old."Id";
                    INSERT INTO forum_message_search (message_id, body) VALUES (new."Id", new."Body");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER forum_messages_search_delete AFTER DELETE ON forum_messages BEGIN
                    DELETE FROM forum_message_search WHERE message_id = old."Id";
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER forum_messages_search_delete;");
            migrationBuilder.Sql("DROP TRIGGER forum_messages_search_update;");
            migrationBuilder.Sql("DROP TRIGGER forum_messages_search_insert;");
            migrationBuilder.Sql("DROP TABLE forum_message_search;");

            migrationBuilder.DropTable(
                name: "forum_category_grants");

            migrationBuilder.DropTable(
                name: "forum_message_revisions");

            migrationBuilder.DropTable(
                name: "forum_school_settings");

            migrationBuilder.DropTable(
                name: "forum_subject_follows");

            migrationBuilder.DropTable(
                name: "forum_subject_read_marks");

            migrationBuilder.DropTable(
                name: "forum_messages");

            migrationBuilder.DropTable(
                name: "forum_subjects");

            migrationBuilder.DropTable(
                name: "forum_categories");
        }
    }
}
