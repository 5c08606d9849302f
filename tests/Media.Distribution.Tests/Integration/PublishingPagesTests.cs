using System.Net;
using Media.Abstractions.Security;
using Media.Testing;

namespace Media.Distribution.Tests.Integration;

/// <summary>The publish and retract pages and the deliveries panel, as a leader on a phone would use them.</summary>
public abstract class PublishingPagesTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task PublishPage_PublishesAndThePanelShowsDelivered_ForALeader()
    {
        var id = await SignedOffAsync();
        var (leader, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Leader);

        var (form, token) = await leader.OpenFormAsync($"/admin/articles/{id}/publish");
        using var unconfirmed = await leader.PostFormAsync($"/admin/articles/{id}/publish", token);
        var unconfirmedPage = await AdminSession.ReadPageAsync(unconfirmed);
        var before = await leader.PageAsync($"/admin/articles/{id}");
        using var posted = await leader.PostFormAsync($"/admin/articles/{id}/publish", token, ("confirmed", "true"));
        var panel = await PanelUntilAsync(leader, id, "已送达");
        using var again = await leader.PostFormAsync($"/admin/articles/{id}/publish", token, ("confirmed", "true"));
        var refusal = await AdminSession.ReadPageAsync(again);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, unconfirmed.StatusCode);
        Assert.Contains("请先勾选“我已核对稿件与渠道，确认发布”，稿件未发布。", unconfirmedPage);
        Assert.Contains("status-approved", before);
        Assert.Contains("按北京时间", form);
        Assert.DoesNotContain("UTC", form);
        Assert.Contains("总是发布", form);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal($"/admin/articles/{id}?done=published", posted.Headers.Location?.OriginalString);
        Assert.Contains("data-state=\"delivered\"", panel);
        Assert.Contains("网站", panel);
        Assert.Contains($"/admin/articles/{id}/retract", panel);
        Assert.DoesNotContain($"/admin/articles/{id}/publish\"", panel);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("这篇稿件现在是「已发布」，不能发布：只有已签发的稿件可以发布", refusal);
    }

    [Fact]
    public async Task ChiefEditor_SeesThePublishPage_ButIsDeniedTheRetractPage()
    {
        var id = await SignedOffAsync();
        var (chief, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.ChiefEditor);

        var publish = await chief.PageAsync($"/admin/articles/{id}/publish");
        using var retract = await chief.Http.GetAsync($"/admin/articles/{id}/retract");
        var details = await chief.PageAsync($"/admin/articles/{id}");

        Assert.Contains("确认发布", publish);
        Assert.Equal(HttpStatusCode.Redirect, retract.StatusCode);
        Assert.StartsWith("/admin/denied", retract.Headers.Location?.AbsolutePath ?? retract.Headers.Location?.OriginalString);
        Assert.Contains($"/admin/articles/{id}/publish", details);
        Assert.DoesNotContain($"/admin/articles/{id}/retract", details);
    }

    [Fact]
    public async Task Reporter_SeesThePanel_WithoutButtons()
    {
        var (session, userName) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        var reporter = await app.SignInAsync(userName, Newsroom.Password);
        var (article, leader) = await SignOffPath.SignOffAsync(newsroom, reporter, await Newsroom.ArticleAsync(reporter, await newsroom.ColumnAsync()));
        var id = article.GetProperty("id").GetGuid();
        await leader.PostJsonAsync($"/api/articles/{id}/publish", new { }, 202);

        var panel = await PanelUntilAsync(session, id, "已送达");
        using var publish = await session.Http.GetAsync($"/admin/articles/{id}/publish");

        Assert.Contains("id=\"article-deliveries\"", panel);
        Assert.DoesNotContain($"/admin/articles/{id}/publish", panel);
        Assert.DoesNotContain($"/admin/articles/{id}/retract", panel);
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
    }

    [Fact]
    public async Task RetractPage_ShowsTheErrorWithoutAReason_AndRetractsWithOne()
    {
        var (article, api) = await SignOffPath.SignedOffAsync(newsroom, await newsroom.ColumnAsync());
        var id = article.GetProperty("id").GetGuid();
        await api.PostJsonAsync($"/api/articles/{id}/publish", new { }, 202);
        await DeliveryPolling.UntilAllAsync(api, id, "delivered");
        var (leader, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Leader);

        var (form, token) = await leader.OpenFormAsync($"/admin/articles/{id}/retract");
        using var empty = await leader.PostFormAsync($"/admin/articles/{id}/retract", token, ("reason", "  "));
        var emptyPage = await AdminSession.ReadPageAsync(empty);
        var statusAfterEmpty = (await api.GetJsonAsync($"/api/articles/{id}")).GetProperty("status").GetString();
        using var retracted = await leader.PostFormAsync($"/admin/articles/{id}/retract", token, ("reason", "数据有误，撤稿核实"));
        var panel = await PanelUntilAsync(leader, id, "已撤回");

        Assert.Contains("所有渠道", form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("请填写撤稿原因", emptyPage);
        Assert.Equal("published", statusAfterEmpty);
        Assert.Equal(HttpStatusCode.Redirect, retracted.StatusCode);
        Assert.Contains("data-state=\"retracted\"", panel);
        Assert.DoesNotContain($"/admin/articles/{id}/retract", panel);
    }

    [Fact]
    public async Task PublishPage_ShowsTheRefusal_ForADraft()
    {
        var (author, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var id = (await Newsroom.ArticleAsync(author, await newsroom.ColumnAsync(), "<b>草稿</b>")).GetProperty("id").GetGuid();
        var (leader, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Leader);

        var page = await leader.PageAsync($"/admin/articles/{id}/publish");

        Assert.Contains("只有已签发的稿件可以发布", page);
        Assert.DoesNotContain("确认发布", page);
        Assert.Contains("&lt;b&gt;草稿&lt;/b&gt;", page);
        Assert.Equal("draft", (await author.GetJsonAsync($"/api/articles/{id}")).GetProperty("status").GetString());
    }

    private async Task<Guid> SignedOffAsync()
    {
        var (article, _) = await SignOffPath.SignedOffAsync(newsroom, await newsroom.ColumnAsync());
        return article.GetProperty("id").GetGuid();
    }

    /// <summary>Re-reads the article page (bounded) until the deliveries panel shows the label.</summary>
    private static async Task<string> PanelUntilAsync(AdminSession session, Guid id, string label)
    {
        var html = "";
        for (var i = 0; i < 150; i++)
        {
            html = await session.PageAsync($"/admin/articles/{id}");
            if (html.Contains(label, StringComparison.Ordinal)) return html;
            await Task.Delay(200);
        }
        throw new Xunit.Sdk.XunitException($"The deliveries panel never showed {label}: {html}");
    }
}

public sealed class PublishingPagesTestsOnSqlite(SqliteMediaApp app) : PublishingPagesTests(app), IClassFixture<SqliteMediaApp>;

public sealed class PublishingPagesTestsOnPostgreSql(PostgresMediaApp app) : PublishingPagesTests(app), IClassFixture<PostgresMediaApp>;
