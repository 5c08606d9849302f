using System.Net;
using Media.Abstractions.Security;
using Media.Testing;

namespace Media.Distribution.Tests.Integration;

/// <summary>docs/accounts.md §9 on the pages: for a user with TOTP and no recent proof, the publish and retract forms
/// carry the 动态验证码 field and the post checks it; what was typed stays when it is refused.</summary>
public abstract class StepUpPagesTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task PublishForm_AsksForTheCode_KeepsTheTime_AndPublishesWithIt()
    {
        var (article, api) = await SignOffPath.SignedOffAsync(newsroom, await newsroom.ColumnAsync());
        var id = article.GetProperty("id").GetGuid();
        var (page, userName) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Leader);
        var leader = await TotpAccount.EnrolAsync(app, userName); // after the page sign-in: that session has no proof
        const string at = "2099-03-12T08:30";

        var (form, token) = await page.OpenFormAsync($"/admin/articles/{id}/publish");
        using var missing = await page.PostFormAsync($"/admin/articles/{id}/publish", token, ("publishAt", at), ("confirmed", "true"));
        var missingPage = await AdminSession.ReadPageAsync(missing);
        using var wrong = await page.PostFormAsync($"/admin/articles/{id}/publish", token, ("publishAt", at), (StepUpForm.Field, "000000x"), ("confirmed", "true"));
        var wrongPage = await AdminSession.ReadPageAsync(wrong);
        var statusBefore = (await api.GetJsonAsync($"/api/articles/{id}")).GetProperty("status").GetString();
        using var published = await page.PostFormAsync($"/admin/articles/{id}/publish", token, (StepUpForm.Field, leader.RecoveryCodes[0]), ("confirmed", "true"));

        Assert.Contains($"name=\"{StepUpForm.Field}\" inputmode=\"numeric\" autocomplete=\"one-time-code\"", form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Contains("请输入身份验证器中的 6 位动态验证码", missingPage);
        Assert.Contains($"value=\"{at}\"", missingPage);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("动态验证码错误或已使用", wrongPage);
        Assert.Equal("approved", statusBefore);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal($"/admin/articles/{id}?done=published", published.Headers.Location?.OriginalString);
        Assert.DoesNotContain(StepUpForm.Field, await page.PageAsync($"/admin/articles/{id}/retract")); // the proof is fresh now
    }

    [Fact]
    public async Task RetractForm_RefusesAUsedCode_KeepsTheReason_AndRetractsWithANewOne()
    {
        var (article, api) = await SignOffPath.SignedOffAsync(newsroom, await newsroom.ColumnAsync());
        var id = article.GetProperty("id").GetGuid();
        await api.PostJsonAsync($"/api/articles/{id}/publish", new { }, 202);
        await DeliveryPolling.UntilAllAsync(api, id, "delivered");
        var (page, userName) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Leader);
        var leader = await TotpAccount.EnrolAsync(app, userName);
        await leader.Client.PostJsonAsync("/api/auth/step-up", new { otp = leader.RecoveryCodes[0] }, 204); // spends it

        var (form, token) = await page.OpenFormAsync($"/admin/articles/{id}/retract");
        using var used = await page.PostFormAsync($"/admin/articles/{id}/retract", token,
            ("reason", "数据有误，撤稿核实"), (StepUpForm.Field, leader.RecoveryCodes[0]));
        var usedPage = await AdminSession.ReadPageAsync(used);
        var statusAfterUsed = (await api.GetJsonAsync($"/api/articles/{id}")).GetProperty("status").GetString();
        using var retracted = await page.PostFormAsync($"/admin/articles/{id}/retract", token,
            ("reason", "数据有误，撤稿核实"), (StepUpForm.Field, leader.RecoveryCodes[1]));

        Assert.Contains(StepUpForm.Field, form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, used.StatusCode);
        Assert.Contains("动态验证码错误或已使用", usedPage);
        Assert.Contains("数据有误，撤稿核实", usedPage);
        Assert.Equal("published", statusAfterUsed);
        Assert.Equal(HttpStatusCode.Redirect, retracted.StatusCode);
        Assert.Equal($"/admin/articles/{id}?done=retracted", retracted.Headers.Location?.OriginalString);
    }
}

public sealed class StepUpPagesTestsOnSqlite(SqliteMediaApp app) : StepUpPagesTests(app), IClassFixture<SqliteMediaApp>;

public sealed class StepUpPagesTestsOnPostgreSql(PostgresMediaApp app) : StepUpPagesTests(app), IClassFixture<PostgresMediaApp>;
