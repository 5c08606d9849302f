using Media.Abstractions.Security;
using Media.Abstractions.Time;
using Media.Channels.WeChat.Pushes.Data;
using Media.Data;
using Media.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Channels.WeChat.Tests.Pushes;

/// <summary><c>GET /api/wechat/quota</c>: the allowance per account type, counted from the pushes that went out
/// (docs/wechat.md §15.4).</summary>
public abstract class QuotaApiTests(MediaAppFactory app)
{
    private readonly PushNewsroom newsroom = new(app);

    [Fact]
    public async Task Quota_IsOnePerBeijingDay_ForSubscriptionAccount_AndCountsAMassSendThatWentOut()
    {
        var channel = await newsroom.ChannelAsync();
        var (editor, _) = await newsroom.Newsroom.UserAsync(MediaRoles.Editor);
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();

        var fresh = await editor.GetJsonAsync($"/api/wechat/quota?channelId={channel}");
        await SentMassSendAsync(channel, "all", now);
        var used = await editor.GetJsonAsync($"/api/wechat/quota?channelId={channel}");

        Assert.Equal("subscription", fresh.GetProperty("accountType").GetString());
        Assert.Equal(1, fresh.GetProperty("massSendsLeft").GetInt32());
        Assert.Equal(0, used.GetProperty("massSendsLeft").GetInt32());
        Assert.Equal(ChinaTime.StartOfNextDay(now), used.GetProperty("resetsAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Quota_IsFourPerMonth_ForServiceAccount_NotCountingTagSends()
    {
        var channel = await newsroom.ChannelAsync(new { accountType = "service" });
        var (leader, _) = await newsroom.Newsroom.UserAsync(MediaRoles.Leader);
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        await SentMassSendAsync(channel, "all", now);
        await SentMassSendAsync(channel, "7", now);

        var quota = await leader.GetJsonAsync($"/api/wechat/quota?channelId={channel}");

        Assert.Equal("service", quota.GetProperty("accountType").GetString());
        Assert.Equal(3, quota.GetProperty("massSendsLeft").GetInt32());
        Assert.Equal(ChinaTime.StartOfNextMonth(now), quota.GetProperty("resetsAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Quota_Returns404_ForUnknownChannel_And403_ForReporter()
    {
        var (editor, _) = await newsroom.Newsroom.UserAsync(MediaRoles.Editor);
        var (reporter, _) = await newsroom.Newsroom.UserAsync(MediaRoles.Reporter);

        await editor.GetJsonAsync($"/api/wechat/quota?channelId={Guid.NewGuid()}", 404);
        await editor.GetJsonAsync("/api/wechat/quota", 400);
        await reporter.GetJsonAsync($"/api/wechat/quota?channelId={Guid.NewGuid()}", 403);
    }

    /// <summary>Arrange-only: a mass send that went out, written as the send step will leave it (sending is not built yet).</summary>
    private async Task SentMassSendAsync(Guid channelId, string target, DateTimeOffset sentAt)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MediaDbContext>();
        db.Add(new Push
        {
            Id = Guid.NewGuid(), ChannelId = channelId, Mode = PushModes.MassSend, Target = target, Status = PushStatuses.Sent,
            ContentHash = new string('a', 64), CreatedAt = sentAt, SentAt = sentAt,
        });
        await db.SaveChangesAsync();
    }
}

public sealed class QuotaApiTestsOnSqlite(SqliteMediaApp app) : QuotaApiTests(app), IClassFixture<SqliteMediaApp>;

public sealed class QuotaApiTestsOnPostgreSql(PostgresMediaApp app) : QuotaApiTests(app), IClassFixture<PostgresMediaApp>;
