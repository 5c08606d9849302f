using System.Net.Http.Headers;
using System.Net.Http.Json;
using Media.Abstractions.Security;
using Media.Data;
using Media.Testing;
using Media.Users.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Users.Tests.Integration;

/// <summary>docs/accounts.md §9: sensitive actions ask a caller with TOTP for a proof from the last 10 minutes.</summary>
public abstract class StepUpTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task RoleChange_AsksForStepUp_WhenTheProofIsStale_ThenWorksAfterIt()
    {
        var admin = await TotpUser.EnrolAsync(app, newsroom, MediaRoles.Admin);
        var client = await SignInWithCodeAsync(admin);
        var (_, target) = await newsroom.UserAsync(MediaRoles.Reporter);
        await SetRolesAsync(client, target, 200, MediaRoles.Editor); // the sign-in with a code is a proof

        await AgeProofAsync(admin.Id, TimeSpan.FromMinutes(11));
        var refused = await SetRolesAsync(client, target, 401, MediaRoles.Reporter);
        Assert.EndsWith("/step-up-required", refused.GetProperty("type").GetString());

        await client.PostJsonAsync("/api/auth/step-up", new { otp = admin.RecoveryCodes[0] }, 204);
        await SetRolesAsync(client, target, 200, MediaRoles.Reporter);
    }

    [Fact]
    public async Task StepUp_RefusesAWrongOrReusedCode_AndCountsTheFailure()
    {
        var admin = await TotpUser.EnrolAsync(app, newsroom, MediaRoles.Admin);
        var client = await SignInWithCodeAsync(admin);
        await AgeProofAsync(admin.Id, TimeSpan.FromMinutes(11));
        var code = admin.RecoveryCodes[0]; // the sign-in used this step's code: a recovery code stands in for the next one
        await client.PostJsonAsync("/api/auth/step-up", new { otp = code }, 204);
        await AgeProofAsync(admin.Id, TimeSpan.FromMinutes(11));

        var reused = await client.PostJsonAsync("/api/auth/step-up", new { otp = code }, 401);
        var wrong = await client.PostJsonAsync("/api/auth/step-up", new { otp = admin.WrongCode(app) }, 401);

        Assert.EndsWith("/otp-required", reused.GetProperty("type").GetString());
        Assert.EndsWith("/otp-required", wrong.GetProperty("type").GetString());
        await using var scope = app.Services.CreateAsyncScope();
        var failures = await scope.ServiceProvider.GetRequiredService<MediaDbContext>().Set<MediaUser>()
            .Where(u => u.Id == admin.Id).Select(u => u.AccessFailedCount).SingleAsync();
        Assert.Equal(2, failures);
        var (_, target) = await newsroom.UserAsync(MediaRoles.Reporter);
        await SetRolesAsync(client, target, 401, MediaRoles.Editor);
    }

    [Fact]
    public async Task LexiconAndChannelChanges_AskForStepUp_BeforeAnythingIsDone()
    {
        var admin = await TotpUser.EnrolAsync(app, newsroom, MediaRoles.Admin); // signed in before enrolling: no proof yet

        var lexicon = await MediaClient.ExpectAsync(await admin.Client.Http.PutAsJsonAsync("/api/screening/lexicon",
            new { entries = new[] { new { word = "升级测试词", category = "用语", severity = "warn", note = (string?)null } } }), 401);
        var channel = await MediaClient.ExpectAsync(await admin.Client.Http.PostAsJsonAsync("/api/channels",
            new { name = "升级测试", type = "web" }), 401);

        Assert.EndsWith("/step-up-required", lexicon.GetProperty("type").GetString());
        Assert.EndsWith("/step-up-required", channel.GetProperty("type").GetString());
    }

    [Fact]
    public async Task AUserWithoutTotp_IsNotAsked()
    {
        var admin = await newsroom.AdminAsync();
        var (_, target) = await newsroom.UserAsync(MediaRoles.Reporter);

        await SetRolesAsync(admin, target, 200, MediaRoles.Editor);
    }

    private async Task<MediaClient> SignInWithCodeAsync(TotpUser user)
    {
        var login = await MediaClient.ExpectAsync(await user.LoginAsync(app, user.Code(app, stepsAhead: 1)), 200);
        var http = app.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        return new MediaClient(http);
    }

    private static async Task<System.Text.Json.JsonElement> SetRolesAsync(MediaClient client, Guid target, int status, params string[] roles) =>
        await MediaClient.ExpectAsync(await client.Http.PutAsJsonAsync($"/api/users/{target}/roles", new { roles }), status);

    /// <summary>Moves the proofs of the user's sessions back, as the clock moving on would.</summary>
    private async Task AgeProofAsync(Guid userId, TimeSpan age)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var at = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow() - age;
        await scope.ServiceProvider.GetRequiredService<MediaDbContext>().Set<UserSession>()
            .Where(s => s.UserId == userId && s.SteppedUpAt != null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.SteppedUpAt, (DateTimeOffset?)at));
    }
}

public sealed class StepUpTestsOnSqlite(SqliteMediaApp app) : StepUpTests(app), IClassFixture<SqliteMediaApp>;

public sealed class StepUpTestsOnPostgreSql(PostgresMediaApp app) : StepUpTests(app), IClassFixture<PostgresMediaApp>;
