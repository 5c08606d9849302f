using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Media.Abstractions.Security;
using Media.Testing;

namespace Media.Web.Tests.Integration;

/// <summary>The common refusals, provoked through the pages people use (docs/admin-ui.md §13): each answers with its
/// status and a Chinese sentence naming the state the Chinese way, the API's English detail only in 技术信息; and the
/// 签发 and 确认发布 confirmations are checked by the server, not only by the browser (§5).</summary>
public abstract partial class RefusalPagesTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task Publish_OfAPieceNotSignedOff_IsRefusedInChinese()
    {
        var (author, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var id = (await Newsroom.ArticleAsync(author, await newsroom.ColumnAsync())).GetProperty("id").GetGuid();
        var (leader, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Leader);
        var (_, token) = await leader.OpenFormAsync("/admin/account"); // the draft's pages offer a leader no form

        using var posted = await leader.PostFormAsync($"/admin/articles/{id}/publish", token, ("confirmed", "true"));
        var (visible, technical) = RefusalText.AssertChinese(await AdminSession.ReadPageAsync(posted));

        Assert.Equal(HttpStatusCode.Conflict, posted.StatusCode);
        Assert.Contains("「草稿」", visible);
        Assert.Contains("'draft'", technical);
        Assert.Equal("draft", (await author.GetJsonAsync($"/api/articles/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Publish_WithoutTheConfirmation_ChangesNothing_AndWritesNoAudit()
    {
        var (article, api) = await SignOffPath.SignedOffAsync(newsroom, await newsroom.ColumnAsync());
        var id = article.GetProperty("id").GetGuid();
        var (leader, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Leader);
        var (_, token) = await leader.OpenFormAsync($"/admin/articles/{id}/publish");
        var auditBefore = await AuditCountAsync(id);

        using var posted = await leader.PostFormAsync($"/admin/articles/{id}/publish", token, ("confirmed", ""));
        var (visible, _) = RefusalText.AssertChinese(await AdminSession.ReadPageAsync(posted));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, posted.StatusCode);
        Assert.Contains("请先勾选", visible);
        Assert.Equal("approved", (await api.GetJsonAsync($"/api/articles/{id}")).GetProperty("status").GetString());
        Assert.Empty((await api.GetJsonAsync($"/api/articles/{id}/deliveries")).EnumerateArray());
        Assert.Equal(auditBefore, await AuditCountAsync(id));
    }

    [Fact]
    public async Task SignOff_WithoutTheConfirmation_DecidesNothing_AndWritesNoAudit()
    {
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var id = (await Newsroom.ArticleAsync(reporter, await newsroom.ColumnAsync())).GetProperty("id").GetGuid();
        await reporter.PostJsonAsync($"/api/articles/{id}/submit", new { version = 1 }, 200);
        foreach (var role in new[] { MediaRoles.Editor, MediaRoles.ChiefEditor })
            await (await newsroom.UserAsync(role)).Client.PostJsonAsync($"/api/articles/{id}/review", new { version = 1, decision = "approve" }, 200);
        var (leader, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Leader);
        var (form, token) = await leader.OpenFormAsync($"/admin/review/{id}");
        var hash = (await reporter.GetJsonAsync($"/api/articles/{id}")).GetProperty("contentHash").GetString();
        var auditBefore = await AuditCountAsync(id);

        using var posted = await leader.PostFormAsync($"/admin/review/{id}?handler=Approve", token,
            ("version", "1"), ("contentHash", hash), ("comment", "同意"));
        var html = await AdminSession.ReadPageAsync(posted);
        var (visible, _) = RefusalText.AssertChinese(html);
        var after = await reporter.GetJsonAsync($"/api/articles/{id}");

        Assert.Contains("签发</button>", form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, posted.StatusCode);
        Assert.Contains("我已阅读全文并确认签发", visible);
        Assert.Contains(">同意</textarea>", html); // the comment is kept
        Assert.Equal("in_review", after.GetProperty("status").GetString());
        Assert.Equal(auditBefore, await AuditCountAsync(id));
    }

    [Fact]
    public async Task Retry_OfADeliveryThatDidNotFail_IsRefusedInChinese()
    {
        var (article, api) = await SignOffPath.SignedOffAsync(newsroom, await newsroom.ColumnAsync());
        var id = article.GetProperty("id").GetGuid();
        await api.PostJsonAsync($"/api/articles/{id}/publish", new { }, 202);
        var (leader, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Leader);
        var panel = await PanelUntilAsync(leader, id, "已送达");
        var deliveryId = DeliveryId().Match(panel).Groups[1].Value;

        var (_, token) = await leader.OpenFormAsync("/admin/account"); // a delivered delivery has no 重试 form: as if posted from an older page

        using var posted = await leader.PostFormAsync($"/admin/articles/{id}/deliveries?handler=Retry", token, ("deliveryId", deliveryId));
        var (visible, technical) = RefusalText.AssertChinese(await AdminSession.ReadPageAsync(posted));

        Assert.Equal(HttpStatusCode.Conflict, posted.StatusCode);
        Assert.Contains("「已送达」", visible);
        Assert.Contains("Only a failed delivery can be retried", technical);
    }

    [Fact]
    public async Task Restore_OverANewerSave_IsRefusedInChinese()
    {
        var (session, userName) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        var author = await app.SignInAsync(userName, Newsroom.Password);
        var created = await Newsroom.ArticleAsync(author, await newsroom.ColumnAsync());
        var id = created.GetProperty("id").GetGuid();
        await MediaClient.ExpectAsync(await author.PutAsync($"/api/articles/{id}",
            new { columnId = created.GetProperty("columnId").GetGuid(), title = "第二版", body = "改过。" }, "\"1\""), 200);
        var (_, token) = await session.OpenFormAsync($"/admin/articles/{id}");
        await MediaClient.ExpectAsync(await author.PutAsync($"/api/articles/{id}",
            new { columnId = created.GetProperty("columnId").GetGuid(), title = "第三版", body = "又改过。" }, "\"2\""), 200);

        using var posted = await session.PostFormAsync($"/admin/articles/{id}?handler=Restore", token, ("version", "1"), ("expectedVersion", "2"));
        var (visible, technical) = RefusalText.AssertChinese(await AdminSession.ReadPageAsync(posted));

        Assert.Equal(HttpStatusCode.PreconditionFailed, posted.StatusCode);
        Assert.Contains("第 3 版", visible);
        Assert.Contains("someone saved it since you loaded it", technical);
        Assert.Equal(3, (await author.GetJsonAsync($"/api/articles/{id}")).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Decide_ByItsOwnAuthor_SaysWhyInChinese_AndTheApiKeepsItsDetail()
    {
        var (session, userName) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter, MediaRoles.Editor);
        var author = await app.SignInAsync(userName, Newsroom.Password);
        var id = (await Newsroom.ArticleAsync(author, await newsroom.ColumnAsync())).GetProperty("id").GetGuid();
        await author.PostJsonAsync($"/api/articles/{id}/submit", new { version = 1 }, 200);

        var page = await session.PageAsync($"/admin/review/{id}");
        using var api = await author.PostAsync($"/api/articles/{id}/review", new { version = 1, decision = "approve" });
        var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement;

        Assert.Contains("你写过或改过这篇稿件，不能审核它。", page);
        Assert.DoesNotContain("You wrote or edited this article", page);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Contains("You wrote or edited this article", problem.GetProperty("detail").GetString());
        Assert.False(problem.TryGetProperty("message", out _)); // the API's problem details are unchanged
    }

    private async Task<int> AuditCountAsync(Guid articleId)
    {
        var (auditor, _) = await newsroom.UserAsync(MediaRoles.Auditor);
        return (await auditor.GetJsonAsync($"/api/audit?limit=500&articleId={articleId}")).GetProperty("items").GetArrayLength();
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

    [GeneratedRegex("<dt>投递编号</dt><dd><code>([0-9a-f-]{36})</code>")]
    private static partial Regex DeliveryId();
}

public sealed class RefusalPagesTestsOnSqlite(SqliteMediaApp app) : RefusalPagesTests(app), IClassFixture<SqliteMediaApp>;

public sealed class RefusalPagesTestsOnPostgreSql(PostgresMediaApp app) : RefusalPagesTests(app), IClassFixture<PostgresMediaApp>;
