using System.Diagnostics;
using Lucene.Net.Index;
using Media.Search.Indexing;
using Media.Testing;
using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace Media.Search.Tests.Integration;

/// <summary>The index is rebuilt from the database (docs/search.md §3): by the admin endpoint on a running site, and
/// by the <c>search rebuild</c> command of Media.Web, run as its own process.</summary>
public abstract class SearchRebuildTests(MediaAppFactory app)
{
    private readonly SearchDesk desk = new(app);

    [Fact]
    public async Task Rebuild_FindsTheArticlesAgain_AfterTheIndexFolderWasDeleted()
    {
        var column = await desk.ColumnAsync();
        var id = await desk.PublishedAsync(column, "蔬菜基地扩建 " + SearchDesk.Unique(), "新建的蔬菜大棚里种满了辣椒。");
        Assert.Contains(id, SearchDesk.Ids(await desk.SearchAsync("辣椒", pageSize: 50)));

        Directory.Delete(Path.Combine(app.AppData, SearchIndex.FolderName), recursive: true);
        var rebuilt = await (await app.AdminAsync()).PostJsonAsync("/api/admin/search/rebuild", new { }, 200);

        Assert.True(rebuilt.GetProperty("articles").GetInt32() >= 1);
        Assert.True(Directory.Exists(Path.Combine(app.AppData, SearchIndex.FolderName)));
        Assert.Contains(id, SearchDesk.Ids(await desk.SearchAsync("辣椒", pageSize: 50)));
    }

    [Fact]
    public async Task Rebuild_Returns403_ForAnEditor()
    {
        var (editor, _) = await desk.Newsroom.UserAsync(Media.Abstractions.Security.MediaRoles.Editor);

        await editor.PostJsonAsync("/api/admin/search/rebuild", new { }, 403);
    }

    [Fact]
    public async Task RebuildCommand_BuildsTheIndexFromTheDatabase_IntoAnEmptyAppData()
    {
        var column = await desk.ColumnAsync();
        var id = await desk.PublishedAsync(column, "花椒产业发展 " + SearchDesk.Unique(), "花椒种植面积扩大到两万亩。");
        var appData = Path.Combine(Path.GetTempPath(), "media-tests", "rebuild-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exitCode, output) = await RunMediaWebAsync(appData, "search", "rebuild");

            Assert.True(exitCode == 0, output);
            Assert.Contains("Search index rebuilt", output);
            using var directory = FSDirectory.Open(Path.Combine(appData, SearchIndex.FolderName));
            using var reader = DirectoryReader.Open(directory);
            Assert.Equal(1, reader.DocFreq(new Term(ArticleDocument.Id, ArticleDocument.Key(id))));
        }
        finally
        {
            Directory.Delete(appData, recursive: true);
        }
    }

    private async Task<(int ExitCode, string Output)> RunMediaWebAsync(string appData, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Media.Web.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Media__AppData"] = appData;
        start.Environment["Media__Demo"] = "false";
        start.Environment["Media__Database__Provider"] = app.Provider.ToString();
        start.Environment["ConnectionStrings__Media"] = app.ConnectionString;
        start.Environment["MEDIA_ADMIN_PASSWORD"] = MediaAppFactory.AdminPassword;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}

public sealed class SearchRebuildTestsOnSqlite(SqliteMediaApp app) : SearchRebuildTests(app), IClassFixture<SqliteMediaApp>;

public sealed class SearchRebuildTestsOnPostgreSql(PostgresMediaApp app) : SearchRebuildTests(app), IClassFixture<PostgresMediaApp>;
