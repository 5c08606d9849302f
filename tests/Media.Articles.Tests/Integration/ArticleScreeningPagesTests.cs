using System.Net;
using System.Text.RegularExpressions;
using Media.Abstractions.Security;
using Media.Testing;

namespace Media.Articles.Tests.Integration;

/// <summary>Screening on save and the highlighted preview (docs/admin-ui.md §10).</summary>
public abstract partial class ArticleScreeningPagesTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    /// <summary>Five ×× placeholders in the body: plain, in bold, in a link's text, after a typed &amp; and after an
    /// <c>&amp;amp;</c> entity written in the Markdown; one in the title; and a script tag that must stay text.</summary>
    private const string Body =
        "县里召开××会议。\n\n**重点是××工作**，详见[××通知](https://example.com/a)。\n\n研发&××投入，R&amp;D 与××并列。<script>alert(1)</script>";

    [Fact]
    public async Task SavingADraft_LandsOnThePage_WithItsScreeningGroups_AndNeverRefusesTheSave()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        var (_, token) = await reporter.OpenFormAsync("/admin/articles/new");

        var saved = await reporter.PostFormAsync("/admin/articles/new", token, ArticleForms.Fields(column, "××通报", Body));
        var id = await ArticleForms.SavedArticleAsync(saved, expectedVersion: 1);
        var landing = await reporter.PageAsync(saved.Headers.Location!.ToString());

        var section = SavedScreening().Match(landing);
        Assert.True(section.Success, landing);
        Assert.Contains("<mark>××</mark> <span class=\"hit-count\">6 处</span>", section.Value);
        Assert.Contains("占位符", section.Value);
        Assert.Contains("稿件已保存；送审前须改好", section.Value);
        Assert.Contains($"href=\"/admin/articles/{id}/preview?version=1&amp;screening=1\"", section.Value);
        var places = Regex.Matches(section.Value, "<li>(.*?)</li>", RegexOptions.Singleline);
        Assert.Equal(6, places.Count);
        Assert.Contains("标题", places[0].Value);
        Assert.Contains("&lt;script&gt;", section.Value);
        Assert.DoesNotContain("<script>alert", landing);

        var (_, editToken) = await reporter.OpenFormAsync($"/admin/articles/{id}/edit");
        var fixedSave = await reporter.PostFormAsync($"/admin/articles/{id}/edit", editToken,
            [("ExpectedVersion", "1"), .. ArticleForms.Fields(column, "会议通报", "县里召开全县工作会议。")]);
        await ArticleForms.SavedArticleAsync(fixedSave, expectedVersion: 2);
        var after = SavedScreening().Match(await reporter.PageAsync(fixedSave.Headers.Location!.ToString())).Value;
        Assert.Contains("第 2 版", after);
        Assert.Contains("未发现问题", after);
    }

    [Fact]
    public async Task HighlightedPreview_MarksExactlyTheHits_InBoldLinkAndBesideEntities_AndEscapesTheBody()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        var id = await ArticleForms.CreateAsync(reporter, column, "××通报", Body);

        var plain = await reporter.PageAsync($"/admin/articles/{id}/preview");
        var marked = await reporter.PageAsync($"/admin/articles/{id}/preview?screening=1");

        var proof = Proof(marked);
        var marks = Regex.Matches(proof, "<mark class=\"hit hit-(block|warn)\" title=\"([^\"]*)\"[^>]*>(.*?)</mark>");
        Assert.Equal(6, marks.Count);
        Assert.All(marks, m =>
        {
            Assert.Equal("××", m.Groups[3].Value);
            Assert.Equal("block", m.Groups[1].Value);
            Assert.Equal("占位符（必须修改）", m.Groups[2].Value);
        });
        Assert.Matches("<h1><mark [^>]*>××</mark>通报</h1>", proof);
        Assert.Contains("<strong>重点是<mark class=\"hit hit-block\"", proof);
        Assert.Matches("<a href=\"https://example.com/a\"><mark [^>]*>××</mark>通知</a>", proof);
        Assert.Matches("研发&amp;<mark [^>]*>××</mark>投入", proof);
        Assert.Matches("R&amp;D 与<mark [^>]*>××</mark>并列", proof);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", proof);
        Assert.DoesNotContain("<script>alert", marked);
        // The marks are all that changed: without them the text and tags are the plain preview's (whose title is
        // written by the encoder as &#215; where the parser's serializer writes ×, hence compared decoded).
        Assert.Equal(WebUtility.HtmlDecode(Proof(plain)), WebUtility.HtmlDecode(Regex.Replace(proof, "<mark [^>]*>|</mark>", "")));
        Assert.DoesNotContain("<mark", Proof(plain));
        Assert.Contains("共 <strong>6</strong> 处", marked);

        // Each place on the article page links to its own mark.
        var landing = await reporter.PageAsync($"/admin/articles/{id}");
        var anchors = Regex.Matches(landing, $"href=\"/admin/articles/{id}/preview\\?version=1&amp;screening=1#(hit-[a-z]+-\\d+)\"")
            .Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(6, anchors.Distinct().Count());
        Assert.All(anchors, a => Assert.Contains($"id=\"{a}\"", proof));

        // The channel previews used for sign-off carry no marks.
        Assert.DoesNotContain("<mark", await reporter.PageAsync($"/admin/articles/{id}/preview/web?version=1&screening=1"));
    }

    [Fact]
    public async Task HighlightedPreview_IsNotFound_ForAReporterWhoMayNotSeeThePiece()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        var (other, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        var id = await ArticleForms.CreateAsync(reporter, column, "他人稿件", Body);

        var response = await other.Http.GetAsync($"/admin/articles/{id}/preview?screening=1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var anonymous = AdminSession.CookieClient(app);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync($"/admin/articles/{id}/preview")).StatusCode);
    }

    private static string Proof(string page) => ProofSection().Match(page) is { Success: true } m
        ? m.Groups[1].Value.Trim()
        : throw new Xunit.Sdk.XunitException("No preview section: " + page);

    [GeneratedRegex("<section class=\"card saved-screening\".*?</section>", RegexOptions.Singleline)]
    private static partial Regex SavedScreening();

    [GeneratedRegex("<section class=\"card proof\" aria-label=\"正文预览\">(.*?)</section>", RegexOptions.Singleline)]
    private static partial Regex ProofSection();
}

public sealed class ArticleScreeningPagesTestsOnSqlite(SqliteMediaApp app) : ArticleScreeningPagesTests(app), IClassFixture<SqliteMediaApp>;

public sealed class ArticleScreeningPagesTestsOnPostgreSql(PostgresMediaApp app) : ArticleScreeningPagesTests(app), IClassFixture<PostgresMediaApp>;
