using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Media.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Corrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CorrectionNote",
                table: "Articles",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrectionOfContentHash",
                table: "Articles",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CorrectionOfVersion",
                table: "Articles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CorrectionOpenedAt",
                table: "Articles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CorrectionOpenedBy",
                table: "Articles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrectionOpenedByName",
                table: "Articles",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ArticleCorrections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArticleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OpenedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpenedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OfVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    OldContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CorrectedVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    NewContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleCorrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticleCorrections_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleCorrections_ArticleId_CorrectedVersion",
                table: "ArticleCorrections",
                columns: new[] { "ArticleId", "CorrectedVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArticleCorrections_PublishedAt",
                table: "ArticleCorrections",
                column: "PublishedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArticleCorrections");

            migrationBuilder.DropColumn(
                name: "CorrectionNote",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "CorrectionOfContentHash",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "CorrectionOfVersion",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "CorrectionOpenedAt",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "CorrectionOpenedBy",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "CorrectionOpenedByName",
                table: "Articles");
        }
    }
}
