using System.Net;
using Media.Abstractions.Security;
using Media.Testing;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Media.Users.Tests.Integration;

/// <summary>The admin screens keep the API's step-up (docs/admin-ui.md §7, docs/accounts.md §9): an Admin with a
/// second factor and no fresh proof is refused a role change on the page, proves it on 确认身份, then may.</summary>
public abstract class StepUpPagesTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task RoleChangeOnThePage_AsksForACode_ThenGoesThrough()
    {
        var api = await newsroom.AdminAsync();
        var (admin, adminName) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Admin); // signed in before enrolling: no proof
        var enrolled = await app.SignInAsync(adminName, Newsroom.Password);
        var secret = Base32Encoding.ToBytes((await enrolled.PostJsonAsync("/api/me/totp", new { }, 200)).GetProperty("secret").GetString()!);
        await enrolled.PostJsonAsync("/api/me/totp/confirm", new { code = Code(secret, 0) }, 200);
        var (_, target) = await newsroom.UserAsync(MediaRoles.Reporter);
        var (_, token) = await admin.OpenFormAsync($"/admin/users/{target}");

        using var refused = await admin.PostFormAsync($"/admin/users/{target}?handler=Roles", token, ("roles", MediaRoles.Editor));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var page = await AdminSession.ReadPageAsync(refused);
        Assert.Contains("修改角色需要先输入身份验证器中的 6 位动态码", page);
        Assert.Contains($"/admin/stepup?returnUrl=%2Fadmin%2Fusers%2F{target}", page);
        Assert.Equal(["Reporter"], (await api.GetJsonAsync($"/api/users/{target}")).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        var (_, stepUpToken) = await admin.OpenFormAsync($"/admin/stepup?returnUrl=%2Fadmin%2Fusers%2F{target}");
        using var wrong = await admin.PostFormAsync("/admin/stepup", stepUpToken, ("otp", "000000"), ("returnUrl", $"/admin/users/{target}"));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("动态码错误", await AdminSession.ReadPageAsync(wrong));
        using var proved = await admin.PostFormAsync("/admin/stepup", stepUpToken, ("otp", Code(secret, 1)), ("returnUrl", $"/admin/users/{target}"));
        Assert.Equal(HttpStatusCode.Redirect, proved.StatusCode);
        Assert.Equal($"/admin/users/{target}", proved.Headers.Location!.OriginalString);

        using var changed = await admin.PostFormAsync($"/admin/users/{target}?handler=Roles", token, ("roles", MediaRoles.Editor));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(["Editor"], (await api.GetJsonAsync($"/api/users/{target}")).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    /// <summary>The code an authenticator shows now, or <paramref name="stepsAhead"/> steps later (the confirmation
    /// used the current step, and a step is accepted once).</summary>
    private string Code(byte[] secret, int stepsAhead) =>
        new Totp(secret).ComputeTotp(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.AddSeconds(30 * stepsAhead));
}

public sealed class StepUpPagesTestsOnSqlite(SqliteMediaApp app) : StepUpPagesTests(app), IClassFixture<SqliteMediaApp>;

public sealed class StepUpPagesTestsOnPostgreSql(PostgresMediaApp app) : StepUpPagesTests(app), IClassFixture<PostgresMediaApp>;
