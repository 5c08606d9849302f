using Media.Testing;

namespace Media.Site.Tests.Integration;

/// <summary>The footer's 备案号: the ICP number linked to the MIIT filing system and the public security number, on
/// every page when configured (docs/http-api.md §4.11).</summary>
public abstract class SiteRecordNumbersTests(MediaAppFactory app)
{
    private const string IcpLink = "<a href=\"https://beian.miit.gov.cn/\" target=\"_blank\" rel=\"noopener noreferrer\">" + RecordNumbers.Icp + "</a>";
    private const string PublicSecurity = "<span>" + RecordNumbers.PublicSecurity + "</span>";

    private readonly SiteDesk desk = new(app);
    private readonly HttpClient http = app.CreateClient();

    [Fact]
    public async Task Footer_ShowsTheRecordNumbers_OnEveryPageType()
    {
        var (column, slug) = await desk.ColumnAsync("要闻");
        var id = await desk.PublishedAsync(column, "有备案号的页面 " + Guid.NewGuid().ToString("N")[..6]);
        var retracted = await desk.PublishedAsync(column, "撤下的稿件");
        var retractedUrl = await desk.UrlOfAsync(retracted);
        await desk.RetractAsync(retracted, column);

        var pages = new (string Path, int Status)[]
        {
            ("/", 200), ($"/columns/{slug}", 200), (await desk.UrlOfAsync(id), 200), ("/corrections", 200),
            (retractedUrl, 410), ($"/articles/{Guid.NewGuid()}", 404),
        };
        foreach (var (path, status) in pages)
        {
            var html = await SiteDesk.ExpectPageAsync(await http.GetAsync(path), status);
            var footer = html[html.IndexOf("<footer", StringComparison.Ordinal)..];
            Assert.True(footer.Contains(IcpLink, StringComparison.Ordinal), $"{path} has no linked ICP number in its footer: {footer}");
            Assert.True(footer.Contains(PublicSecurity, StringComparison.Ordinal), $"{path} has no public security number in its footer: {footer}");
        }
    }
}

public sealed class SiteRecordNumbersTestsOnSqlite(RecordNumbersSqliteApp app) : SiteRecordNumbersTests(app), IClassFixture<RecordNumbersSqliteApp>;

public sealed class SiteRecordNumbersTestsOnPostgreSql(RecordNumbersPostgresApp app) : SiteRecordNumbersTests(app), IClassFixture<RecordNumbersPostgresApp>;
