using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Media.Data;
using Media.Testing;
using Media.Users.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Media.Users.Tests.Integration;

/// <summary>docs/accounts.md §7: TOTP enrolment, sign-in with a code, one use per code, recovery codes and an Admin's
/// reset.</summary>
public abstract class TotpTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    private static async Task AssertOtpRequiredAsync(HttpResponseMessage response) =>
        Assert.EndsWith("/otp-required", (await MediaClient.ExpectAsync(response, 401)).GetProperty("type").GetString());

    [Fact]
    public async Task Enrol_ReturnsABase32SecretAndOtpAuthUri_AndConfirm_ReturnsTenRecoveryCodes()
    {
        var userName = "otp" + Guid.NewGuid().ToString("N")[..10];
        await (await newsroom.AdminAsync()).PostJsonAsync("/api/users",
            new { userName, displayName = "动态码", password = Newsroom.Password, roles = new[] { "Reporter" } }, 201);
        var client = await app.SignInAsync(userName, Newsroom.Password);

        var enrolment = await client.PostJsonAsync("/api/me/totp", new { }, 200);
        var secret = enrolment.GetProperty("secret").GetString()!;
        var uri = new Uri(enrolment.GetProperty("otpauthUri").GetString()!);
        Assert.Equal(20, Base32Encoding.ToBytes(secret).Length);
        Assert.Equal("otpauth", uri.Scheme);
        Assert.Equal("totp", uri.Host);
        Assert.Contains($"secret={secret}", uri.Query);
        Assert.Contains("digits=6", uri.Query);
        Assert.Contains("period=30", uri.Query);

        var wrong = await client.PostAsync("/api/me/totp/confirm", new { code = "000000" == new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp() ? "111111" : "000000" });
        Assert.True((await MediaClient.ExpectAsync(wrong, 422)).GetProperty("errors").TryGetProperty("code", out _));
        var code = new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var codes = (await client.PostJsonAsync("/api/me/totp/confirm", new { code }, 200)).GetProperty("recoveryCodes")
            .EnumerateArray().Select(c => c.GetString()).ToList();

        Assert.Equal(10, codes.Distinct().Count());
        await client.PostJsonAsync("/api/me/totp", new { }, 409); // enrolled: the secret is not handed out again
    }

    [Fact]
    public async Task Secret_IsStoredEncrypted_AndRecoveryCodesOnlyAsHashes()
    {
        var userName = "otp" + Guid.NewGuid().ToString("N")[..10];
        var created = await (await newsroom.AdminAsync()).PostJsonAsync("/api/users",
            new { userName, displayName = "动态码", password = Newsroom.Password, roles = new[] { "Reporter" } }, 201);
        var client = await app.SignInAsync(userName, Newsroom.Password);
        var secret = (await client.PostJsonAsync("/api/me/totp", new { }, 200)).GetProperty("secret").GetString()!;
        var code = new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var codes = (await client.PostJsonAsync("/api/me/totp/confirm", new { code }, 200)).GetProperty("recoveryCodes")
            .EnumerateArray().Select(c => c.GetString()!).ToList();

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MediaDbContext>();
        var id = created.GetProperty("id").GetGuid();
        var stored = await db.Set<MediaUser>().AsNoTracking().SingleAsync(u => u.Id == id);
        Assert.NotNull(stored.TotpSecret);
        Assert.DoesNotContain(secret, stored.TotpSecret, StringComparison.OrdinalIgnoreCase);
        var hashes = await db.Set<RecoveryCode>().Where(c => c.UserId == id).Select(c => c.CodeHash).ToListAsync();
        Assert.Equal(10, hashes.Count);
        Assert.Empty(hashes.Intersect(codes.Concat(codes.Select(c => c.Replace("-", "", StringComparison.Ordinal)))));
    }

    [Fact]
    public async Task Login_Returns401OtpRequired_WithoutACode_AndOnlyOnceThePasswordIsRight()
    {
        var user = await TotpUser.EnrolAsync(app, newsroom);

        await AssertOtpRequiredAsync(await user.LoginAsync(app, otp: null));
        var wrongPassword = await MediaClient.ExpectAsync(await user.LoginAsync(app, otp: null, password: "Not-The-Pa55word"), 401);
        Assert.DoesNotContain("otp", wrongPassword.GetProperty("type").GetString());
        var signedIn = await MediaClient.ExpectAsync(await user.LoginAsync(app, user.Code(app, stepsAhead: 1)), 200);
        Assert.False(string.IsNullOrEmpty(signedIn.GetProperty("accessToken").GetString()));
    }

    [Fact]
    public async Task Login_RefusesAUsedTotpCode_TheSecondTime()
    {
        var user = await TotpUser.EnrolAsync(app, newsroom);
        var code = user.Code(app, stepsAhead: 1);

        await MediaClient.ExpectAsync(await user.LoginAsync(app, code), 200);

        await AssertOtpRequiredAsync(await user.LoginAsync(app, code));
    }

    [Fact]
    public async Task Login_AcceptsOneOfTwoParallelAttemptsWithTheSameCode()
    {
        var user = await TotpUser.EnrolAsync(app, newsroom);
        var code = user.Code(app, stepsAhead: 1);

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => user.LoginAsync(app, code)));

        Assert.Equal(1, answers.Count(a => a.StatusCode == System.Net.HttpStatusCode.OK));
        Assert.Equal(3, answers.Count(a => a.StatusCode == System.Net.HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task Login_CountsAWrongCodeAsAFailedAttempt_UpToTheLockout()
    {
        var user = await TotpUser.EnrolAsync(app, newsroom);
        var wrong = user.WrongCode(app);

        for (var i = 0; i < 4; i++) await AssertOtpRequiredAsync(await user.LoginAsync(app, wrong));

        await MediaClient.ExpectAsync(await user.LoginAsync(app, wrong), 423);
    }

    [Fact]
    public async Task RecoveryCode_SignsInOnce_InPlaceOfACode_AndIsAudited()
    {
        var user = await TotpUser.EnrolAsync(app, newsroom);
        var recovery = user.RecoveryCodes[3];

        await MediaClient.ExpectAsync(await user.LoginAsync(app, recovery.ToUpperInvariant()), 200);
        await AssertOtpRequiredAsync(await user.LoginAsync(app, recovery));

        var used = Assert.Single((await (await newsroom.AdminAsync()).GetJsonAsync("/api/audit?action=user.totp.recovery-code-used&limit=500"))
            .GetProperty("items").EnumerateArray(), e => e.GetProperty("subject").GetString() == $"user:{user.Id}");
        Assert.Equal(9, used.GetProperty("data").GetProperty("left").GetInt32());
    }

    [Fact]
    public async Task AdminReset_Returns204_AndSignInNoLongerAsksForACode_AndEveryStepIsAudited()
    {
        var admin = await newsroom.AdminAsync();
        var user = await TotpUser.EnrolAsync(app, newsroom);
        await MediaClient.ExpectAsync(await user.Client.Http.DeleteAsync($"/api/users/{user.Id}/totp"), 403);

        await MediaClient.ExpectAsync(await admin.Http.DeleteAsync($"/api/users/{user.Id}/totp"), 204);

        await MediaClient.ExpectAsync(await user.LoginAsync(app, otp: null), 200);
        await MediaClient.ExpectAsync(await admin.Http.DeleteAsync($"/api/users/{Guid.NewGuid()}/totp"), 404);
        foreach (var action in new[] { "user.totp.enrolled", "user.totp.confirmed", "user.totp.reset" })
            Assert.Single((await admin.GetJsonAsync($"/api/audit?action={action}&limit=500")).GetProperty("items").EnumerateArray(),
                e => e.GetProperty("subject").GetString() == $"user:{user.Id}");
    }

    [Fact]
    public async Task SignInPage_AsksForTheCode_AsASecondStep_ForAUserWithTotp()
    {
        var user = await TotpUser.EnrolAsync(app, newsroom);
        var session = new AdminSession(AdminSession.CookieClient(app));
        var (_, token) = await session.OpenFormAsync("/admin/signin");

        var step = await session.PostFormAsync("/admin/signin", token, ("userName", user.UserName), ("password", Newsroom.Password));
        var html = await AdminSession.ReadPageAsync(step);
        Assert.Equal(HttpStatusCode.OK, step.StatusCode);
        Assert.Contains("autocomplete=\"one-time-code\"", html);
        Assert.DoesNotContain(Newsroom.Password, html);
        var ticket = Regex.Match(html, "name=\"ticket\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.Equal(HttpStatusCode.Redirect, (await session.Http.GetAsync("/admin")).StatusCode); // not signed in yet

        var wrong = await session.PostFormAsync("/admin/signin?handler=Code", AdminSession.AntiforgeryToken(html),
            ("ticket", ticket), ("userName", user.UserName), ("otp", user.WrongCode(app)));
        html = await AdminSession.ReadPageAsync(wrong);
        Assert.Contains("动态码错误", html);
        var forged = await session.PostFormAsync("/admin/signin?handler=Code", AdminSession.AntiforgeryToken(html),
            ("ticket", ticket + "x"), ("otp", user.Code(app, 1)));
        Assert.Contains("重新输入用户名和密码", await AdminSession.ReadPageAsync(forged));
        var right = await session.PostFormAsync("/admin/signin?handler=Code", AdminSession.AntiforgeryToken(html),
            ("ticket", ticket), ("userName", user.UserName), ("otp", user.Code(app, 1)));

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        await session.PageAsync("/admin/account");
    }

    [Fact]
    public async Task AccountPage_EnrolsByQrCode_AndShowsTheRecoveryCodesOnce()
    {
        var (session, userName) = await AdminSession.NewUserAsync(app, newsroom, "Reporter");
        var (page, token) = await session.OpenFormAsync("/admin/account");
        Assert.Contains("启用两步验证", page);

        var enrol = await AdminSession.ReadPageAsync(await session.PostFormAsync("/admin/account?handler=Totp", token));
        Assert.Contains("src=\"data:image/png;base64,", enrol);
        var secret = Regex.Match(enrol, "class=\"totp-secret\">([A-Z2-7]+)<").Groups[1].Value;
        var code = new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var confirmed = await AdminSession.ReadPageAsync(await session.PostFormAsync("/admin/account?handler=Confirm",
            AdminSession.AntiforgeryToken(enrol), ("code", code)));

        Assert.Equal(10, Regex.Matches(confirmed, "<li><code>[a-z2-7]{5}-[a-z2-7]{5}</code></li>").Count);
        var later = await session.PageAsync("/admin/account");
        Assert.Contains("两步验证已启用", later);
        Assert.DoesNotMatch("[a-z2-7]{5}-[a-z2-7]{5}</code>", later);
        Assert.DoesNotContain(secret, later);
        var login = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName, password = Newsroom.Password });
        Assert.EndsWith("/otp-required", (await MediaClient.ExpectAsync(login, 401)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Confirm_Returns409_BeforeAnEnrolment()
    {
        var (client, _) = await newsroom.UserAsync("Reporter");

        await client.PostJsonAsync("/api/me/totp/confirm", new { code = "123456" }, 409);
        await client.PostJsonAsync("/api/me/totp/confirm", new { }, 400);
    }
}

public sealed class TotpTestsOnSqlite(SqliteMediaApp app) : TotpTests(app), IClassFixture<SqliteMediaApp>;

public sealed class TotpTestsOnPostgreSql(PostgresMediaApp app) : TotpTests(app), IClassFixture<PostgresMediaApp>;
