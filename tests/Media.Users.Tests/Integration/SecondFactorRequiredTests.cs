using System.Net;
using Media.Testing;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Media.Users.Tests.Integration;

/// <summary>docs/accounts.md §8: <c>Media:Users:RequireSecondFactor</c> limits a session until its user has enrolled,
/// through the same gate as a required password change.</summary>
public abstract class SecondFactorRequiredTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task Token_OfARoleThatMustEnrol_WorksOnlyForMeAndEnrolment_UntilConfirmed()
    {
        var (leader, _) = await newsroom.UserAsync("Leader");

        var refused = await leader.GetJsonAsync("/api/articles", 403);
        Assert.EndsWith("/second-factor-required", refused.GetProperty("type").GetString());
        await leader.GetJsonAsync("/api/me");
        var secret = Base32Encoding.ToBytes((await leader.PostJsonAsync("/api/me/totp", new { }, 200)).GetProperty("secret").GetString()!);
        await leader.GetJsonAsync("/api/articles", 403);
        var code = new Totp(secret).ComputeTotp(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        await leader.PostJsonAsync("/api/me/totp/confirm", new { code }, 200);

        await leader.GetJsonAsync("/api/articles");
    }

    [Fact]
    public async Task OtherRoles_AreNotLimited()
    {
        var (reporter, _) = await newsroom.UserAsync("Reporter");

        await reporter.GetJsonAsync("/api/articles");
    }

    [Fact]
    public async Task AdminPages_SendAUserWhoMustEnrol_ToTheAccountPage()
    {
        var (session, _) = await AdminSession.NewUserAsync(app, newsroom, "Editor");

        var response = await session.Http.GetAsync("/admin/articles");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/account", response.Headers.Location!.OriginalString);
        Assert.Contains("您的岗位要求启用两步验证", await session.PageAsync("/admin/account"));
    }
}

public sealed class SecondFactorRequiredTestsOnSqlite(SqliteSecondFactorRequiredApp app)
    : SecondFactorRequiredTests(app), IClassFixture<SqliteSecondFactorRequiredApp>;

public sealed class SecondFactorRequiredTestsOnPostgreSql(PostgresSecondFactorRequiredApp app)
    : SecondFactorRequiredTests(app), IClassFixture<PostgresSecondFactorRequiredApp>;
