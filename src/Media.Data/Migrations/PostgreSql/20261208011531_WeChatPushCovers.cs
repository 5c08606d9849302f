using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Media.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class WeChatPushCovers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CoverMediaId",
                table: "WeChatPushArticles",
                type: "uuid",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CoverMediaId",
                table: "WeChatPushArticles");
        }
    }
}
