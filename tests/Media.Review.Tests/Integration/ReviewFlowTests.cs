using System.Text.Json;
using Media.Abstractions.Security;
using Media.Testing;

namespace Media.Review.Tests.Integration;

/// <summary>Submit, decide, withdraw and their status codes (docs/http-api.md §4.4), over real HTTP.</summary>
public abstract class ReviewFlowTests(MediaAppFactory app)
{
    [Fact]
    public async Task ThreeStageReview_SignsOff_WithThreeDifferentReviewers()
    {
        var desk = await ReviewDesk.OpenAsync(app);
        var id = await desk.DraftAsync();

        var submitted = await desk.Reporter.PostJsonAsync($"/api/articles/{id}/submit", new { version = 1, comment = "请审" }, 200);
        var first = await ReviewDesk.ApproveAsync(desk.Editor, id);
        var second = await ReviewDesk.ApproveAsync(desk.Chief, id);
        var signed = await ReviewDesk.ApproveAsync(desk.Leader, id);

        Assert.Equal(("in_review", "初审", "Editor"), Stage(submitted));
        Assert.Equal(("in_review", "复审", "ChiefEditor"), Stage(first));
        Assert.Equal(("in_review", "终审", "Leader"), Stage(second));
        Assert.Equal("approved", signed.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, signed.GetProperty("currentStage").ValueKind);
        Assert.Equal(1, signed.GetProperty("signedVersion").GetInt32());
        Assert.Equal(signed.GetProperty("contentHash").GetString(), signed.GetProperty("signedContentHash").GetString());
        var actions = await AuditRows.ActionsAsync(app, "article", id.ToString());
        Assert.Equal(["review.submitted", "review.approved", "review.approved", "review.approved", "review.signed-off"],
            actions.Where(a => a.StartsWith("review.", StringComparison.Ordinal)));
        var signOff = JsonDocument.Parse(await AuditRows.DataAsync(app, id, "review.signed-off")).RootElement;
        Assert.Equal(2, signOff.GetProperty("stageIndex").GetInt32());
        Assert.Equal("终审", signOff.GetProperty("stageName").GetString());
        Assert.Equal("Leader", signOff.GetProperty("role").GetString());
        Assert.Equal(1, signOff.GetProperty("round").GetInt32());
    }

    [Fact]
    public async Task Submit_Returns422WithHits_WhenScreeningBlocks()
    {
        var desk = await ReviewDesk.OpenAsync(app);
        var id = await desk.DraftAsync(body: Speech());

        var refused = await MediaClient.ExpectAsync(await desk.Reporter.PostAsync($"/api/articles/{id}/submit", new { version = 1 }), 422);

        var hits = refused.GetProperty("hits").EnumerateArray().ToList();
        Assert.Contains(hits, h => h.GetProperty("rule").GetString() == "placeholder" && h.GetProperty("severity").GetString() == "block");
        Assert.Contains(hits, h => h.GetProperty("rule").GetString() == "pinyin-artefact" && h.GetProperty("field").GetString() == "body");
        Assert.Equal("draft", (await desk.Reporter.GetJsonAsync($"/api/articles/{id}")).GetProperty("status").GetString());
        Assert.Contains("screening.recorded", await AuditRows.ActionsAsync(app, "article", id.ToString()));
    }

    [Fact]
    public async Task Submit_Returns422_ForAnImageFromOutsideTheMediaLibrary()
    {
        var desk = await ReviewDesk.OpenAsync(app);
        var id = await desk.DraftAsync(body: "县里今天召开春耕动员会。\n\n![会场](https://img.example.com/meeting.jpg)");

        var refused = await MediaClient.ExpectAsync(await desk.Reporter.PostAsync($"/api/articles/{id}/submit", new { version = 1 }), 422);

        var hit = Assert.Single(refused.GetProperty("hits").EnumerateArray(), h => h.GetProperty("rule").GetString() == "external_image");
        Assert.Equal("block", hit.GetProperty("severity").GetString());
        Assert.Equal("https://img.example.com/meeting.jpg", hit.GetProperty("match").GetString());
    }

    [Fact]
    public async Task Submit_Returns409_WhenStaleOrNotDraft()
    {
        var desk = await ReviewDesk.OpenAsync(app);
        var id = await desk.DraftAsync();

        await MediaClient.ExpectAsync(await desk.Reporter.PostAsync($"/api/articles/{id}/submit", new { version = 7 }), 409);
        await desk.Reporter.PostJsonAsync($"/api/articles/{id}/submit", new { version = 1 }, 200);
        var twice = await MediaClient.ExpectAsync(await desk.Reporter.PostAsync($"/api/articles/{id}/submit", new { version = 1 }), 409);

        Assert.Contains("in_review", twice.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Reject_Returns422_WithoutComment_AndSendsBackWithOne()
    {
        var desk = await ReviewDesk.OpenAsync(app);
        var id = await desk.SubmittedAsync();

        var missing = await MediaClient.ExpectAsync(await ReviewDesk.DecideAsync(desk.Editor, id, 1, "reject", "  "), 422);
        var back = await MediaClient.ExpectAsync(await ReviewDesk.DecideAsync(desk.Editor, id, 1, "reject", "导语太长，请压缩"), 200);
        var notices = await desk.Reporter.GetJsonAsync("/api/notifications");

        Assert.True(missing.GetProperty("errors").TryGetProperty("comment", out _));
        Assert.Equal("draft", back.GetProperty("status").GetString());
        Assert.Equal("导语太长，请压缩", back.GetProperty("lastReviewComment").GetString());
        Assert.Contains(notices.GetProperty("sentBack").EnumerateArray(), n => n.GetProperty("articleId").GetGuid() == id
            && n.GetProperty("comment").GetString() == "导语太长，请压缩");
    }

    [Fact]
    public async Task Review_Returns403_WhenCallerLacksStageRole_And409_WhenNotInReview()
    {
        var desk = await ReviewDesk.OpenAsync(app);
        var id = await desk.SubmittedAsync();
        var draft = await desk.DraftAsync();

        var wrongRole = await MediaClient.ExpectAsync(await ReviewDesk.DecideAsync(desk.Leader, id, 1, "approve"), 403);
        await MediaClient.ExpectAsync(await ReviewDesk.DecideAsync(desk.Editor, draft, 1, "approve"), 409);
        await MediaClient.ExpectAsync(await ReviewDesk.DecideAsync(desk.Editor, id, 1, "maybe"), 400);

        Assert.Contains("Editor", wrongRole.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Withdraw_ReturnsToDraft_ForItsAuthorOnly()
    {
        var desk = await ReviewDesk.OpenAsync(app);
        var id = await desk.SubmittedAsync();

        await MediaClient.ExpectAsync(await desk.Editor.PostAsync($"/api/articles/{id}/withdraw", new { }), 403);
        var withdrawn = await desk.Reporter.PostJsonAsync($"/api/articles/{id}/withdraw", new { comment = "还要补采访" }, 200);
        await MediaClient.ExpectAsync(await desk.Reporter.PostAsync($"/api/articles/{id}/withdraw", new { }), 409);

        Assert.Equal("draft", withdrawn.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, withdrawn.GetProperty("currentStage").ValueKind);
        Assert.Contains("review.withdrawn", await AuditRows.ActionsAsync(app, "article", id.ToString()));
    }

    [Fact]
    public async Task Review_LetsOnlyOneOfTwoRacingDecisionsThrough()
    {
        var desk = await ReviewDesk.OpenAsync(app);
        var (otherEditor, _) = await desk.Newsroom.UserAsync(MediaRoles.Editor);
        var id = await desk.SubmittedAsync();

        var answers = await Task.WhenAll(ReviewDesk.DecideAsync(desk.Editor, id, 1, "approve"), ReviewDesk.DecideAsync(otherEditor, id, 1, "approve"));

        Assert.Single(answers, a => (int)a.StatusCode == 200);
        Assert.Single(answers, a => (int)a.StatusCode is 403 or 409);
        var round = (await desk.Reporter.GetJsonAsync($"/api/articles/{id}/reviews"))[0];
        Assert.Single(round.GetProperty("decisions").EnumerateArray());
    }

    [Fact]
    public async Task RetractingACorrectionInReview_ClosesItsRound_AndTakesItOutOfTheInbox()
    {
        var path = new CorrectionPath(new Newsroom(app));
        var newsroom = new Newsroom(app);
        await path.PublishAsync(await newsroom.ColumnAsync(), "县城新增两条公交线路", "新增 8 路和 9 路公交。");
        await path.OpenEditAndSubmitAsync("线路编号有误", "新增 18 路和 19 路公交。");

        await path.Leader.PostJsonAsync($"/api/articles/{path.Id}/retract", new { reason = "线路暂缓开通" }, 202);

        var rounds = await path.Author.GetJsonAsync($"/api/articles/{path.Id}/reviews");
        Assert.Equal("retracted", rounds.EnumerateArray().Last().GetProperty("state").GetString());
        Assert.DoesNotContain(rounds.EnumerateArray(), r => r.GetProperty("state").GetString() == "open");
        var (editor, _) = await newsroom.UserAsync(MediaRoles.Editor);
        var inbox = await editor.GetJsonAsync("/api/review/inbox");
        Assert.DoesNotContain(inbox.GetProperty("items").EnumerateArray(), i => i.GetProperty("articleId").GetGuid() == path.Id);
    }

    [Fact]
    public async Task Inbox_ListsWaitingArticles_OldestFirst_ForTheStageRoleOnly()
    {
        var desk = await ReviewDesk.OpenAsync(app);
        var older = await desk.SubmittedAsync();
        var newer = await desk.SubmittedAsync();

        var editorInbox = await desk.Editor.GetJsonAsync("/api/review/inbox");
        var leaderInbox = await desk.Leader.GetJsonAsync("/api/review/inbox");
        var count = (await desk.Editor.GetJsonAsync("/api/notifications")).GetProperty("count").GetInt32();

        var ids = editorInbox.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("articleId").GetGuid()).ToList();
        Assert.True(ids.IndexOf(older) >= 0 && ids.IndexOf(older) < ids.IndexOf(newer));
        Assert.DoesNotContain(leaderInbox.GetProperty("items").EnumerateArray(), i => i.GetProperty("articleId").GetGuid() == older);
        Assert.True(count >= 2);
    }

    private static (string?, string?, string?) Stage(JsonElement article) =>
        (article.GetProperty("status").GetString(), article.GetProperty("currentStage").GetProperty("name").GetString(),
            article.GetProperty("currentStage").GetProperty("role").GetString());

    private static string Speech()
    {
        using var stream = typeof(ReviewFlowTests).Assembly.GetManifestResourceStream("county-speech-2022.txt")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

public sealed class ReviewFlowTestsOnSqlite(SqliteMediaApp app) : ReviewFlowTests(app), IClassFixture<SqliteMediaApp>;

public sealed class ReviewFlowTestsOnPostgreSql(PostgresMediaApp app) : ReviewFlowTests(app), IClassFixture<PostgresMediaApp>;
