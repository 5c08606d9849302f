using System.Net;
using System.Text.Json;
using Media.Abstractions.Security;
using Media.Testing;

namespace Media.Review.Tests.Integration;

/// <summary>docs/accounts.md §9 and docs/review.md §1.2: the decision at the workflow's last stage (终审, the sign-off)
/// asks a reviewer with TOTP for a second-factor proof from the last window — on the API and in the page's form —
/// and the earlier stages do not.</summary>
public abstract class SignOffStepUpTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task SignOff_Returns401StepUpRequired_WhenTheProofIsStale_AndWorksAfterStepUp_WhileEarlierStagesNeedNone()
    {
        var id = await SubmittedAsync();
        var editor = await TotpAccount.NewAsync(app, newsroom, MediaRoles.Editor); // no proof in its session
        var chief = await TotpAccount.NewAsync(app, newsroom, MediaRoles.ChiefEditor);
        await DecideAsync(editor.Client, id, "approve", 200);
        await DecideAsync(chief.Client, id, "approve", 200);

        var leader = await TotpAccount.NewAsync(app, newsroom, MediaRoles.Leader);
        var client = await leader.SignInWithCodeAsync(app); // a proof, which then grows old
        await leader.AgeProofsAsync(app, TimeSpan.FromMinutes(11));
        var refused = await DecideAsync(client, id, "approve", 401);

        Assert.EndsWith("/step-up-required", refused.GetProperty("type").GetString());
        var waiting = await client.GetJsonAsync($"/api/articles/{id}");
        Assert.Equal("in_review", waiting.GetProperty("status").GetString());
        Assert.Equal(2, waiting.GetProperty("currentStage").GetProperty("index").GetInt32());

        await client.PostJsonAsync("/api/auth/step-up", new { otp = leader.RecoveryCodes[0] }, 204);
        var signed = await DecideAsync(client, id, "approve", 200);
        Assert.Equal("approved", signed.GetProperty("status").GetString());
    }

    [Fact]
    public async Task SendingBackAtTheLastStage_AlsoNeedsTheProof()
    {
        var id = await SubmittedAsync();
        foreach (var role in new[] { MediaRoles.Editor, MediaRoles.ChiefEditor })
            await DecideAsync((await newsroom.UserAsync(role)).Client, id, "approve", 200);
        var leader = await TotpAccount.NewAsync(app, newsroom, MediaRoles.Leader);

        var refused = await DecideAsync(leader.Client, id, "reject", 401);
        await leader.Client.PostJsonAsync("/api/auth/step-up", new { otp = leader.Code(app, stepsAhead: 1) }, 204);
        var back = await DecideAsync(leader.Client, id, "reject", 200);

        Assert.EndsWith("/step-up-required", refused.GetProperty("type").GetString());
        Assert.Equal("draft", back.GetProperty("status").GetString());
    }

    [Fact]
    public async Task SignOffPage_AsksForTheCodeInTheForm_KeepsTheComment_RefusesAWrongOrUsedCode_ThenSignsOff()
    {
        var id = await SubmittedAsync();
        await DecideAsync((await newsroom.UserAsync(MediaRoles.Editor)).Client, id, "approve", 200);
        var (chiefPage, chiefName) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.ChiefEditor);
        await TotpAccount.EnrolAsync(app, chiefName); // after the page sign-in: that session has no proof
        var (page, userName) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Leader);
        var leader = await TotpAccount.EnrolAsync(app, userName);

        var (chiefHtml, chiefToken) = await chiefPage.OpenFormAsync($"/admin/review/{id}");
        Assert.Contains("handler=Approve", chiefHtml);
        Assert.DoesNotContain(StepUpForm.Field, chiefHtml); // 复审 asks for no code
        var hash = (await leader.Client.GetJsonAsync($"/api/articles/{id}")).GetProperty("contentHash").GetString();
        Assert.Equal(HttpStatusCode.Redirect, (await chiefPage.PostFormAsync($"/admin/review/{id}?handler=Approve", chiefToken,
            ("version", "1"), ("contentHash", hash))).StatusCode);

        var (html, token) = await page.OpenFormAsync($"/admin/review/{id}");
        Assert.Contains($"name=\"{StepUpForm.Field}\" inputmode=\"numeric\" autocomplete=\"one-time-code\"", html);
        await leader.Client.PostJsonAsync("/api/auth/step-up", new { otp = leader.RecoveryCodes[0] }, 204); // another session: spends the code

        var missing = await SignOffAsync(page, id, token, hash, null);
        var reused = await SignOffAsync(page, id, token, hash, leader.RecoveryCodes[0]);
        var signed = await SignOffAsync(page, id, token, hash, leader.Code(app, stepsAhead: 1));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        var missingHtml = WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync());
        Assert.Contains("请输入身份验证器中的 6 位动态验证码", missingHtml);
        Assert.Contains("同意签发，注意标题", missingHtml);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        var reusedHtml = WebUtility.HtmlDecode(await reused.Content.ReadAsStringAsync());
        Assert.Contains("动态验证码错误或已使用", reusedHtml);
        Assert.Contains("同意签发，注意标题", reusedHtml);
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        Assert.Equal("approved", (await leader.Client.GetJsonAsync($"/api/articles/{id}")).GetProperty("status").GetString());
    }

    private static Task<HttpResponseMessage> SignOffAsync(AdminSession page, Guid id, string token, string? hash, string? code) =>
        page.PostFormAsync($"/admin/review/{id}?handler=Approve", token, ("version", "1"), ("contentHash", hash),
            ("comment", "同意签发，注意标题"), (StepUpForm.Field, code), ("confirmed", "true"));

    private async Task<Guid> SubmittedAsync()
    {
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var id = (await Newsroom.ArticleAsync(reporter, await newsroom.ColumnAsync(), "终审动态码")).GetProperty("id").GetGuid();
        await reporter.PostJsonAsync($"/api/articles/{id}/submit", new { version = 1 }, 200);
        return id;
    }

    private static async Task<JsonElement> DecideAsync(MediaClient reviewer, Guid id, string decision, int status) =>
        await reviewer.PostJsonAsync($"/api/articles/{id}/review", new { version = 1, decision, comment = "意见" }, status);
}

public sealed class SignOffStepUpTestsOnSqlite(SqliteMediaApp app) : SignOffStepUpTests(app), IClassFixture<SqliteMediaApp>;

public sealed class SignOffStepUpTestsOnPostgreSql(PostgresMediaApp app) : SignOffStepUpTests(app), IClassFixture<PostgresMediaApp>;
