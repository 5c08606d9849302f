using Media.Abstractions.Security;
using Media.Testing;

namespace Media.Review.Tests.Integration;

/// <summary>The five review invariants of docs/review.md §2, each against the signed-in user over real HTTP.</summary>
public abstract class ReviewInvariantsTests(MediaAppFactory app)
{
    [Fact]
    public async Task Review_Returns403_WhenAuthorApprovesOwnArticle_EvenHoldingTheRole()
    {
        var desk = await ReviewDesk.OpenAsync(app);
        var (writingEditor, _) = await desk.Newsroom.UserAsync(MediaRoles.Reporter, MediaRoles.Editor);
        var id = await desk.SubmittedAsync(writingEditor);

        var refused = await MediaClient.ExpectAsync(await ReviewDesk.DecideAsync(writingEditor, id, 1, "approve"), 403);

        Assert.Contains("author", refused.GetProperty("detail").GetString());
        var article = await writingEditor.GetJsonAsync($"/api/articles/{id}");
        Assert.Equal(0, article.GetProperty("currentStage").GetProperty("index").GetInt32());
    }

    [Fact]
    public async Task Review_Returns403_WhenEditorWhoSavedAVersionApproves()
    {
        var desk = await ReviewDesk.OpenAsync(app);
        var id = await desk.DraftAsync();
        await MediaClient.ExpectAsync(await desk.Editor.PutAsync($"/api/articles/{id}", new { columnId = desk.Column, title = "编辑改过", body = "改" }, "\"1\""), 200);
        await desk.Reporter.PostJsonAsync($"/api/articles/{id}/submit", new { version = 2 }, 200);

        await MediaClient.ExpectAsync(await ReviewDesk.DecideAsync(desk.Editor, id, 2, "approve"), 403);
    }

    [Fact]
    public async Task Review_Returns403_WhenSameReviewerDecidesTwoStages_EvenHoldingBothRoles()
    {
        var desk = await ReviewDesk.OpenAsync(app);
        var (both, _) = await desk.Newsroom.UserAsync(MediaRoles.Editor, MediaRoles.ChiefEditor);
        var id = await desk.SubmittedAsync();
        await ReviewDesk.ApproveAsync(both, id);

        var refused = await MediaClient.ExpectAsync(await ReviewDesk.DecideAsync(both, id, 1, "approve"), 403);

        Assert.Contains("already decided", refused.GetProperty("detail").GetString());
        await ReviewDesk.ApproveAsync(desk.Chief, id);
    }

    [Fact]
    public async Task Review_Returns409_WhenVersionOrHashIsStale()
    {
        var desk = await ReviewDesk.OpenAsync(app);
        var id = await desk.DraftAsync();
        await MediaClient.ExpectAsync(await desk.Reporter.PutAsync($"/api/articles/{id}", new { columnId = desk.Column, title = "二稿", body = "二稿" }, "\"1\""), 200);
        await desk.Reporter.PostJsonAsync($"/api/articles/{id}/submit", new { version = 2 }, 200);

        var stale = await MediaClient.ExpectAsync(await ReviewDesk.DecideAsync(desk.Editor, id, 1, "approve"), 409);
        var wrongHash = await MediaClient.ExpectAsync(await desk.Editor.PostAsync($"/api/articles/{id}/review",
            new { version = 2, decision = "approve", contentHash = new string('0', 64) }), 409);

        Assert.Contains("version 2", stale.GetProperty("detail").GetString());
        Assert.Equal(409, wrongHash.GetProperty("status").GetInt32());
        await ReviewDesk.ApproveAsync(desk.Editor, id, 2);
    }

    [Fact]
    public async Task Edit_Returns409_WhileInReview_AndAfterSignOff()
    {
        var desk = await ReviewDesk.OpenAsync(app);
        var id = await desk.SubmittedAsync();
        var edit = new { columnId = desk.Column, title = "偷改", body = "偷改" };

        var inReview = await MediaClient.ExpectAsync(await desk.Reporter.PutAsync($"/api/articles/{id}", edit, "\"1\""), 409);
        await desk.SignedOffAsync(id);
        var signed = await MediaClient.ExpectAsync(await desk.Reporter.PutAsync($"/api/articles/{id}", edit, "\"1\""), 409);

        Assert.Contains("in_review", inReview.GetProperty("detail").GetString());
        Assert.Contains("approved", signed.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Reopen_VoidsSignOff_AndNextSubmitStartsNewRound()
    {
        var desk = await ReviewDesk.OpenAsync(app);
        var id = await desk.SubmittedAsync();
        await desk.SignedOffAsync(id);

        var reopened = await desk.Reporter.PostJsonAsync($"/api/articles/{id}/reopen", new { comment = "补充数据" }, 200);
        await MediaClient.ExpectAsync(await desk.Reporter.PutAsync($"/api/articles/{id}", new { columnId = desk.Column, title = "补充", body = "补充" }, "\"1\""), 200);
        await desk.Reporter.PostJsonAsync($"/api/articles/{id}/submit", new { version = 2 }, 200);
        var rounds = await desk.Reporter.GetJsonAsync($"/api/articles/{id}/reviews");

        Assert.Equal("draft", reopened.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, reopened.GetProperty("signedVersion").ValueKind);
        Assert.Equal(["voided", "open"], rounds.EnumerateArray().Select(r => r.GetProperty("state").GetString()));
        Assert.Equal(2, rounds[1].GetProperty("round").GetInt32());
        Assert.Contains("article.reopened", await AuditRows.ActionsAsync(app, "article", id.ToString()));
    }

    [Fact]
    public async Task Reopen_Returns409_WhenNotApproved()
    {
        var desk = await ReviewDesk.OpenAsync(app);
        var id = await desk.SubmittedAsync();

        await MediaClient.ExpectAsync(await desk.Reporter.PostAsync($"/api/articles/{id}/reopen", new { }), 409);
    }
}

public sealed class ReviewInvariantsTestsOnSqlite(SqliteMediaApp app) : ReviewInvariantsTests(app), IClassFixture<SqliteMediaApp>;

public sealed class ReviewInvariantsTestsOnPostgreSql(PostgresMediaApp app) : ReviewInvariantsTests(app), IClassFixture<PostgresMediaApp>;
