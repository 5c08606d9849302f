using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Media.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class WeChatPushCallbacksAndRetraction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RetractionNote",
                table: "WeChatPushes",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RetractedAt",
                table: "WeChatPushArticles",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "WeChatMassSendLocks",
                columns: table => new
                {
                    ChannelId = table.Column<Guid>(type: "uuid", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WeChatMassSendLocks", x => x.ChannelId);
                });

            migrationBuilder.CreateTable(
                name: "WeChatPushEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChannelId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ExternalId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Facts = table.Column<string>(type: "text", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WeChatPushEvents", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WeChatPushEvents_ChannelId_Kind_ExternalId",
                table: "WeChatPushEvents",
                columns: new[] { "ChannelId", "Kind", "ExternalId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WeChatMassSendLocks");

            migrationBuilder.DropTable(
                name: "WeChatPushEvents");

            migrationBuilder.DropColumn(
                name: "RetractionNote",
                table: "WeChatPushes");

            migrationBuilder.DropColumn(
                name: "RetractedAt",
                table: "WeChatPushArticles");
        }
    }
}
