using Media.Testing;

namespace Media.Site.Tests.Integration;

/// <summary>The home and column pages look their cards' covers up in one query, however many cards carry one, and
/// show the same thumbnails as before.</summary>
public abstract class SiteCoverQueriesTests(MediaAppFactory app, CommandLog commands)
{
    private const string MediaTable = "MediaItems";

    private readonly SiteDesk desk = new(app);
    private readonly HttpClient http = app.CreateClient();

    [Fact]
    public async Task HomeAndColumn_LookTheCoversUpInOneQuery_AndShowEachCardsThumbnail()
    {
        var (column, slug) = await desk.ColumnAsync("图片新闻");
        var reporter = await desk.ReporterAsync();
        var covered = new List<(string Title, Guid Cover)>();
        for (var i = 0; i < 3; i++)
        {
            var (cover, _) = await SitePhotos.UploadAsync(reporter);
            var title = $"带封面的稿件 {i} " + Guid.NewGuid().ToString("N")[..6];
            await desk.PublishedAsync(column, title, coverMediaId: cover);
            covered.Add((title, cover));
        }
        await desk.PublishedAsync(column, "没有封面的稿件 " + Guid.NewGuid().ToString("N")[..6]);

        foreach (var path in new[] { "/", $"/columns/{slug}" })
        {
            commands.Clear();
            var html = await SiteDesk.ExpectPageAsync(await http.GetAsync(path), 200);

            Assert.Single(commands.On(MediaTable));
            foreach (var (title, cover) in covered)
            {
                var item = await MediaClient.ExpectAsync(await reporter.Http.GetAsync($"/api/media/{cover}"), 200);
                var thumb = item.GetProperty("variants").GetProperty("thumb").GetString();
                Assert.Contains(title, html);
                Assert.Contains($"src=\"{thumb}\"", html);
            }
        }
    }
}

public sealed class SiteCoverQueriesTestsOnSqlite(CommandLogSqliteApp app)
    : SiteCoverQueriesTests(app, app.Commands), IClassFixture<CommandLogSqliteApp>;

public sealed class SiteCoverQueriesTestsOnPostgreSql(CommandLogPostgresApp app)
    : SiteCoverQueriesTests(app, app.Commands), IClassFixture<CommandLogPostgresApp>;
